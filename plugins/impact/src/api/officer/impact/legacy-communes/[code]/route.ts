import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import {
  VN_ADMIN_MODULE,
  type VnAdminModuleService,
} from "@cho-phien/cooperative-seller/modules/vn-admin"

import { equalShares, splitAmount } from "../../../../../lib/split-shares"

/**
 * GET /officer/impact/legacy-communes/:code: the 2025 communes a pre-2025 commune became, with
 * the default equal shares an officer may change when entering its sales.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const legacy = req.scope
    .resolve<VnAdminModuleService>(VN_ADMIN_MODULE)
    .retrieveLegacyCommune(req.params.code as string)
  const codes = legacy.communes.map((c) => c.code)
  const shares = splitAmount(0, equalShares(codes))
  res.json({
    legacy_commune: {
      code: legacy.code,
      full_name: legacy.full_name,
      old_province_name: legacy.old_province_name,
      split: codes.length > 1,
      communes: legacy.communes.map((c, i) => ({
        code: c.code,
        full_name: c.full_name,
        province_code: c.province_code,
        province_name: c.province.name,
        default_share: shares[i]?.share ?? 0,
      })),
    },
  })
}
