import { MedusaService } from "@medusajs/framework/utils"

import { Pickup, Shipment } from "./models"

/** The parcels handed to couriers and the pickups that collect them. */
class CourierShipmentsModuleService extends MedusaService({
  Shipment,
  Pickup,
}) {}

export default CourierShipmentsModuleService
