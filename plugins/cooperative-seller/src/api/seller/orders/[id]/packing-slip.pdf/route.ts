import { renderPackingSlipPdf } from "@cho-phien/couriers-vn/lib/documents/packing-slip-pdf"
import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

import { loadSellerOrder } from "../../../../../lib/cooperative-orders"
import { orderNumber } from "../../../../../lib/shipping/plan-shipment"
import { loadLatestShipment } from "../../../../../lib/shipping/shipments"
import { loadSellerMember } from "../../../../utils/seller"

/**
 * GET /seller/orders/:id/packing-slip.pdf: an A5 sheet for the box — the order number, the
 * buyer, each item with its variant and quantity, the cash to collect and the order's notes.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const member = await loadSellerMember(req)
  const orderId = req.params.id ?? ""
  const order = await loadSellerOrder(req.scope, member.cooperative_id, orderId)
  const tracking = await loadLatestShipment(
    req.scope,
    member.cooperative_id,
    orderId
  )
    .then((shipment) => shipment.tracking_number)
    .catch(() => null)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [extra],
  } = (await query.graph({
    entity: "order",
    fields: ["id", "metadata"],
    filters: { id: orderId },
  })) as { data: { metadata: Record<string, unknown> | null }[] }
  const note = extra?.metadata?.note
  const address = order.shipping_address
  const pdf = await renderPackingSlipPdf({
    order_number: orderNumber(order.display_id ?? 0),
    cooperative_name: String(extra?.metadata?.cooperative_name ?? ""),
    buyer_name: [address?.first_name, address?.last_name]
      .filter(Boolean)
      .join(" "),
    address: [address?.address_1, address?.city, address?.province]
      .filter(Boolean)
      .join(", "),
    items: order.items.map((item) => ({
      title: item.title,
      variant_title: item.variant_title,
      quantity: item.quantity,
    })),
    notes: typeof note === "string" ? note : null,
    cod_amount: order.cod_amount,
    tracking_number: tracking,
  })
  res.setHeader("Content-Type", "application/pdf")
  res.setHeader(
    "Content-Disposition",
    `inline; filename="phieu-dong-goi-${orderNumber(order.display_id ?? 0).slice(1)}.pdf"`
  )
  res.send(pdf)
}
