import { Module } from "@medusajs/framework/utils"

import OfficerModuleService from "./service"

export const OFFICER_MODULE = "officer"

export default Module(OFFICER_MODULE, {
  service: OfficerModuleService,
})

export type { OfficerModuleService }
