import { MedusaService } from "@medusajs/framework/utils"

import { ProgrammeTag, RecordedSale } from "./models"

/**
 * Recorded (baseline) sales and the cooperatives' programme tags. Online sales are summarised in
 * plain SQL tables of this module's migration (impact_order_sale, impact_order_line), written and
 * read by src/lib/sql; see IMPACT_API.md.
 */
class ImpactModuleService extends MedusaService({
  RecordedSale,
  ProgrammeTag,
}) {}

export default ImpactModuleService
