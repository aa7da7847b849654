import { Module } from "@medusajs/framework/utils"

import CooperativeModuleService from "./service"

export const COOPERATIVE_MODULE = "cooperative"

export default Module(COOPERATIVE_MODULE, {
  service: CooperativeModuleService,
})

export type { CooperativeModuleService }
export * from "./types"
export { CERTIFICATION_TYPES } from "./models/certification"
export { COOPERATIVE_STATUSES } from "./models/cooperative"
export { COOPERATIVE_MEMBER_ROLES } from "./models/cooperative-member"
export { COOPERATIVE_DOCUMENT_MIME_TYPES } from "./models/cooperative-document"
