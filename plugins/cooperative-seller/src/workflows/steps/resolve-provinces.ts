import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

import { VN_ADMIN_MODULE } from "../../modules/vn-admin"
import type VnAdminModuleService from "../../modules/vn-admin/service"

/**
 * Checks that every commune code is a 2025 commune or ward and returns the province of each, so
 * that a cooperative's and an origin's province are always derived, never typed in.
 */
export const resolveProvincesStep = createStep(
  "resolve-provinces",
  async (communeCodes: string[], { container }) => {
    const vnAdmin = container.resolve<VnAdminModuleService>(VN_ADMIN_MODULE)
    const provinces: Record<string, string> = {}
    for (const code of new Set(communeCodes)) {
      try {
        provinces[code] = vnAdmin.retrieveCommune(code).province.code
      } catch {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `The commune code ${code.slice(0, 40)} is not a commune or ward since the 2025 reorganisation; pick one from GET /store/vn/provinces/:code/communes.`
        )
      }
    }
    return new StepResponse(provinces)
  }
)
