import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"

import CooperativeModule from "../modules/cooperative"

// A product is sold by one cooperative (`product.cooperative`); a cooperative has many products
// (`cooperative.products`).
export default defineLink(
  { linkable: ProductModule.linkable.product, isList: true },
  CooperativeModule.linkable.cooperative
)
