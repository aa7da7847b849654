import { Module } from "@medusajs/framework/utils"

import SellerImportModuleService from "./service"

export const SELLER_IMPORT_MODULE = "sellerImport"

export default Module(SELLER_IMPORT_MODULE, {
  service: SellerImportModuleService,
})

export type { SellerImportModuleService }
export * from "./types"
export { PRODUCT_IMPORT_STATUSES } from "./models/seller-product-import"
