import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { capturePaymentWorkflow } from "@medusajs/medusa/core-flows"

import { loadSellerOrder } from "../../../../../lib/cooperative-orders"
import { loadSellerMember } from "../../../../utils/seller"

type OrderPayments = {
  id: string
  status: string
  payment_collections: {
    payments: {
      id: string
      provider_id: string
      captured_at: string | Date | null
      canceled_at: string | Date | null
    }[]
  }[]
}

/**
 * POST /seller/orders/:id/cod-collected: the courier has handed over the cash for this order,
 * so its cash-on-delivery payment is captured through Medusa's payment capture. Saying it twice
 * changes nothing; orders paid otherwise, or cancelled, are refused with a sentence.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const member = await loadSellerMember(req)
  const orderId = req.params.id ?? ""
  // 404 unless the order is this cooperative's.
  await loadSellerOrder(req.scope, member.cooperative_id, orderId)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [order],
  } = (await query.graph({
    entity: "order",
    fields: [
      "id",
      "status",
      "payment_collections.payments.id",
      "payment_collections.payments.provider_id",
      "payment_collections.payments.captured_at",
      "payment_collections.payments.canceled_at",
    ],
    filters: { id: orderId },
  })) as { data: OrderPayments[] }
  const payment = order?.payment_collections
    .flatMap((collection) => collection.payments)
    .find((candidate) => candidate.provider_id === "pp_cod_cod")
  if (!order || !payment) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "This order is not paid by cash on delivery, so there is no cash to record."
    )
  }
  if (order.status === "canceled" || payment.canceled_at) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "This order was cancelled; no cash is due for it."
    )
  }
  if (!payment.captured_at) {
    await capturePaymentWorkflow(req.scope).run({
      input: { payment_id: payment.id, captured_by: member.id },
    })
  }
  res.json({
    order: await loadSellerOrder(req.scope, member.cooperative_id, orderId),
  })
}
