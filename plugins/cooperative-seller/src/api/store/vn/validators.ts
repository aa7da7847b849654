import { z } from "@medusajs/framework/zod"

import {
  COMMUNE_CODE_PATTERN,
  PROVINCE_CODE_PATTERN,
} from "../../../modules/vn-admin/codes"

const provinceCode = z
  .string()
  .max(40)
  .regex(
    PROVINCE_CODE_PATTERN,
    "A province code is two digits, for example 15 (Lào Cai)."
  )

const communeCode = (what: string) =>
  z
    .string()
    .max(40)
    .regex(
      COMMUNE_CODE_PATTERN,
      `${what} code is five digits, for example 04270.`
    )

/** These routes take no query parameters; anything sent is a mistake worth reporting. */
export const StoreVnNoQuery = z.object({}).strict()

export const StoreGetVnProvinceCommunesParams = z
  .object({ code: provinceCode })
  .strict()

export const StoreGetVnCommuneParams = z
  .object({ code: communeCode("A commune or ward") })
  .strict()

export const StoreGetVnLegacyCommuneParams = z
  .object({ old_code: communeCode("An old (pre-2025) commune") })
  .strict()
