import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import type { CreateNotificationDTO } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

import { loadCheckoutView } from "../lib/checkout/serialize"
import { CHECKOUT_COMPLETED_EVENT } from "../workflows/checkout-cart"

type CooperativeContact = {
  id: string
  name: string
  email: string | null
  members?: { email: string; role: string }[] | null
}

/**
 * After a checkout: the buyer's order confirmation (every cooperative's order and the totals) and
 * each cooperative's new-order notice with what it has to pack. Sent through Medusa's
 * Notification module (the local provider logs them; an e-mail provider replaces it in
 * production). The cooperative's notice leaves out the buyer's e-mail.
 */
export default async function checkoutCompleted({
  event,
  container,
}: SubscriberArgs<{ id: string }>): Promise<void> {
  const checkout = await loadCheckoutView(container, event.data.id)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const cooperativeIds = checkout.orders.flatMap((order) =>
    order.cooperative ? [order.cooperative.id] : []
  )
  const { data: cooperatives } = (await query.graph({
    entity: "cooperative",
    fields: ["id", "name", "email", "members.email", "members.role"],
    filters: { id: cooperativeIds.length > 0 ? cooperativeIds : ["none"] },
  })) as { data: CooperativeContact[] }
  const contacts = new Map(cooperatives.map((c) => [c.id, c]))

  const notifications: CreateNotificationDTO[] = [
    {
      to: checkout.email,
      channel: "email",
      template: "order-confirmation",
      trigger_type: CHECKOUT_COMPLETED_EVENT,
      resource_id: checkout.id,
      resource_type: "checkout",
      data: {
        subject: `Chợ Phiên: ${checkout.orders.length} đơn hàng đã đặt`,
        checkout_id: checkout.id,
        total: checkout.total,
        cod_total: checkout.cod_total,
        orders: checkout.orders.map((order) => ({
          display_id: order.display_id,
          cooperative: order.cooperative?.name ?? null,
          total: order.total,
          cod_amount: order.cod_amount,
        })),
      },
    },
    ...checkout.orders.flatMap((order): CreateNotificationDTO[] => {
      const contact = order.cooperative
        ? contacts.get(order.cooperative.id)
        : undefined
      const owner = contact?.members?.find((member) => member.role === "owner")
      const to = owner?.email ?? contact?.email
      if (!contact || !to) {
        return []
      }
      return [
        {
          to,
          channel: "email",
          template: "cooperative-new-order",
          trigger_type: CHECKOUT_COMPLETED_EVENT,
          resource_id: order.id,
          resource_type: "order",
          data: {
            subject: `Đơn hàng mới #${order.display_id}`,
            cooperative_name: contact.name,
            order_id: order.id,
            display_id: order.display_id,
            items: order.items.map((item) => ({
              title: item.title,
              quantity: item.quantity,
            })),
            cod_amount: order.cod_amount,
            recipient: order.shipping_address?.first_name ?? null,
            commune: order.shipping_address?.city ?? null,
          },
        },
      ]
    }),
  ]
  await container
    .resolve(Modules.NOTIFICATION)
    .createNotifications(notifications)
}

export const config: SubscriberConfig = { event: CHECKOUT_COMPLETED_EVENT }
