import { MedusaService } from "@medusajs/framework/utils"

import { Officer } from "./models"

/** Programme officers and the provinces each may read. */
class OfficerModuleService extends MedusaService({ Officer }) {}

export default OfficerModuleService
