import { MedusaService } from "@medusajs/framework/utils"

import { SellerProductImport } from "./models"

/** Stores cooperatives' CSV product imports and their progress. */
class SellerImportModuleService extends MedusaService({
  SellerProductImport,
}) {}

export default SellerImportModuleService
