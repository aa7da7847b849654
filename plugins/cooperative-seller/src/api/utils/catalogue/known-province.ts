import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"

import { VN_ADMIN_MODULE } from "../../../modules/vn-admin"
import type VnAdminModuleService from "../../../modules/vn-admin/service"

/** A province filter must name one of the 34 provinces; anything else is the caller's mistake. */
export const assertKnownProvince = (
  scope: MedusaContainer,
  code: string
): void => {
  const vnAdmin = scope.resolve<VnAdminModuleService>(VN_ADMIN_MODULE)
  if (!vnAdmin.listProvinces().some((province) => province.code === code)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `There is no province with code ${code}; GET /store/vn/provinces lists the 34 provinces.`
    )
  }
}
