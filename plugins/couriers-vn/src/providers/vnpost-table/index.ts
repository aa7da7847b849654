import { ModuleProvider, Modules } from "@medusajs/framework/utils"

import { VnpostTableFulfillmentService } from "./service"

export default ModuleProvider(Modules.FULFILLMENT, {
  services: [VnpostTableFulfillmentService],
})
