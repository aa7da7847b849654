import type { MedusaRequest } from "@medusajs/framework/http"

import { VN_ADMIN_MODULE } from "../../../modules/vn-admin"
import type VnAdminModuleService from "../../../modules/vn-admin/service"

export const resolveVnAdmin = (req: MedusaRequest): VnAdminModuleService =>
  req.scope.resolve<VnAdminModuleService>(VN_ADMIN_MODULE)
