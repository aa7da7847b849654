import { renderLabelPdf } from "@cho-phien/couriers-vn/lib/documents/label-pdf"
import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"

import { loadSellerOrder } from "../../../../../lib/cooperative-orders"
import { loadLatestShipment } from "../../../../../lib/shipping/shipments"
import { loadSellerMember } from "../../../../utils/seller"

/** GET /seller/orders/:id/label.pdf: the A6 label of the order's parcel, to print and stick on. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const member = await loadSellerMember(req)
  const orderId = req.params.id ?? ""
  await loadSellerOrder(req.scope, member.cooperative_id, orderId)
  const shipment = await loadLatestShipment(
    req.scope,
    member.cooperative_id,
    orderId
  )
  const pdf = await renderLabelPdf(shipment.label)
  res.setHeader("Content-Type", "application/pdf")
  res.setHeader(
    "Content-Disposition",
    `inline; filename="nhan-${shipment.tracking_number}.pdf"`
  )
  res.send(pdf)
}
