import { MedusaService } from "@medusajs/framework/utils"

import { Checkout } from "./models"

/** Keeps each cart's checkout: its status and the orders it became, one per cooperative. */
class CheckoutModuleService extends MedusaService({ Checkout }) {}

export default CheckoutModuleService
