import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"

import CooperativeModule from "../modules/cooperative"

// An order belongs to one cooperative (`order.cooperative`): checkout splits a cart per
// cooperative and links each order it makes; a cooperative has many orders (`cooperative.orders`).
export default defineLink(
  { linkable: OrderModule.linkable.order, isList: true },
  CooperativeModule.linkable.cooperative
)
