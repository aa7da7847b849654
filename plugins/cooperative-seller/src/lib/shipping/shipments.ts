import {
  COURIER_SHIPMENTS_MODULE,
  type CourierShipmentsModuleService,
} from "@cho-phien/couriers-vn/modules/courier-shipments"
import type { ParcelLabel } from "@cho-phien/couriers-vn/lib/documents/label-pdf"
import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"

/** The latest parcel of one of the cooperative's orders, with its label; 404 when none. */
export const loadLatestShipment = async (
  container: MedusaContainer,
  cooperativeId: string,
  orderId: string
): Promise<{ tracking_number: string; label: ParcelLabel }> => {
  const service = container.resolve<CourierShipmentsModuleService>(
    COURIER_SHIPMENTS_MODULE
  )
  const [shipment] = await service.listShipments(
    { order_id: orderId, cooperative_id: cooperativeId },
    { order: { created_at: "DESC" }, take: 1 }
  )
  if (!shipment) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      "This order has no label yet: mark it ready to ship first (POST /seller/orders/:id/ship)."
    )
  }
  return {
    tracking_number: shipment.tracking_number,
    label: shipment.label as unknown as ParcelLabel,
  }
}
