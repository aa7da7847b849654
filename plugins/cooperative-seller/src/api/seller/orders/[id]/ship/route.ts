import { COURIER_ERROR_CODE } from "@cho-phien/couriers-vn/lib/shipment-request"
import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"

import { SHIP_CONFLICT_CODE } from "../../../../../lib/shipping/plan-shipment"
import { shipOrderWorkflow } from "../../../../../lib/shipping/ship-order-workflow"
import { loadSellerMember } from "../../../../utils/seller"
import type { SellerShipOrderType } from "./validators"

const codeOf = (error: unknown): string | undefined =>
  (error as { code?: string } | null)?.code

const messageOf = (error: unknown): string =>
  String((error as { message?: unknown } | null)?.message ?? "")

/**
 * POST /seller/orders/:id/ship: the cooperative says the order is packed and ready. Its courier
 * books the parcel (an S10 number for VNPost, a GHN order for GHN) and the answer carries the
 * tracking number and where to print the label. Another cooperative's order is 404; a cancelled
 * or already shipped one 409; a courier that refuses or fails 502, with nothing created.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<SellerShipOrderType>,
  res: MedusaResponse
) => {
  const member = await loadSellerMember(req)
  const orderId = req.params.id ?? ""
  const labelUrl = `/seller/orders/${orderId}/label.pdf`
  try {
    const { result: shipment } = await shipOrderWorkflow(req.scope).run({
      input: {
        order_id: orderId,
        cooperative_id: member.cooperative_id,
        member_id: member.id,
        parcel: req.validatedBody,
        label_url: labelUrl,
      },
    })
    res.json({
      fulfillment: {
        id: shipment.fulfillment_id,
        provider_id: shipment.provider_id,
        tracking_number: shipment.tracking_number,
        label_url: labelUrl,
      },
    })
  } catch (error) {
    if (codeOf(error) === SHIP_CONFLICT_CODE) {
      res.status(409).json({ type: "conflict", message: messageOf(error) })
      return
    }
    if (codeOf(error) === COURIER_ERROR_CODE) {
      res.status(502).json({ type: "courier_error", message: messageOf(error) })
      return
    }
    throw error
  }
}
