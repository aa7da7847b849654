import { defineLink } from "@medusajs/framework/utils"
import StockLocationModule from "@medusajs/medusa/stock-location"

import CooperativeModule from "../modules/cooperative"

// Each cooperative keeps its stock at its own stock location (`cooperative.stock_location`), in
// its commune; the location is linked to the store's sales channel so buyers can order from it.
export default defineLink(
  CooperativeModule.linkable.cooperative,
  StockLocationModule.linkable.stockLocation
)
