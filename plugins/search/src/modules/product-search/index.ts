import { Module } from "@medusajs/framework/utils"

import SearchModuleService from "./service"

export const SEARCH_MODULE = "productSearch"

export default Module(SEARCH_MODULE, {
  service: SearchModuleService,
})

export type { SearchModuleService }
