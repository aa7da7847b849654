import { Module } from "@medusajs/framework/utils"

import CourierShipmentsModuleService from "./service"

export const COURIER_SHIPMENTS_MODULE = "courierShipments"

export default Module(COURIER_SHIPMENTS_MODULE, {
  service: CourierShipmentsModuleService,
})

export type { CourierShipmentsModuleService }
export { S10_SERIAL_SEQUENCE } from "../../lib/s10-serials"
export { SHIPMENT_STATUSES, type ShipmentStatus } from "./models/shipment"
export {
  COURIER_EVENT_SOURCES,
  COURIER_EVENT_STATUSES,
  type CourierEventSource,
  type CourierEventStatus,
} from "./models/event"
export {
  REMITTANCE_OUTCOMES,
  type RemittanceOutcome,
} from "./models/remittance-line"
export type { StoreRemittanceInput } from "./service"
