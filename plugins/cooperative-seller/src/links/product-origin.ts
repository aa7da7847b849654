import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"

import CooperativeModule from "../modules/cooperative"

// Each product has one origin story (`product.origin`); deleting the product deletes its origin.
export default defineLink(ProductModule.linkable.product, {
  linkable: CooperativeModule.linkable.origin,
  deleteCascade: true,
})
