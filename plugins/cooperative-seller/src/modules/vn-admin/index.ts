import { Module } from "@medusajs/framework/utils"

import VnAdminModuleService from "./service"

export const VN_ADMIN_MODULE = "vnAdmin"

export default Module(VN_ADMIN_MODULE, {
  service: VnAdminModuleService,
})

export type { VnAdminModuleService }
export * from "./types"
export * from "./codes"
