import { MedusaService } from "@medusajs/framework/utils"

import { Event, Pickup, Shipment } from "./models"

/** The parcels handed to couriers, what happened to them, and the pickups that collect them. */
class CourierShipmentsModuleService extends MedusaService({
  Shipment,
  Event,
  Pickup,
}) {}

export default CourierShipmentsModuleService
