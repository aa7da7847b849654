import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
  MiddlewareRoute,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

import { type AddressInput, checkVietnameseAddress } from "../../lib/vn-address"
import { VN_ADMIN_MODULE } from "../../modules/vn-admin"
import type VnAdminModuleService from "../../modules/vn-admin/service"

type Body = Record<string, unknown>

/**
 * Buyers' addresses follow Vietnam's 2025 units: `province` is the province code, `city` the
 * commune's or ward's name and `metadata.commune_code` its code, with a Vietnamese mobile number.
 * Runs after Medusa's own validation of the route and normalises what it accepts (phone, city);
 * anything else is a 400 naming the field.
 */
const LOCATION_FIELDS = [
  "first_name",
  "phone",
  "address_1",
  "province",
  "city",
  "country_code",
  "metadata",
]

const validateAddresses =
  (fields: string[] | "body" | "partial-body") =>
  (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const places = req.scope.resolve<VnAdminModuleService>(VN_ADMIN_MODULE)
    const body = (req.validatedBody ?? req.body ?? {}) as Body
    // Making an address the default, or renaming it, needs no new location; anything that moves
    // it sends the whole address again.
    if (
      fields === "partial-body" &&
      !LOCATION_FIELDS.some((field) => body[field] !== undefined)
    ) {
      next()
      return
    }
    const targets: [string, Body, string | null][] =
      fields === "body" || fields === "partial-body"
        ? [["address", body, null]]
        : fields.flatMap((field): [string, Body, string][] =>
            body[field] && typeof body[field] === "object"
              ? [[field, body[field] as Body, field]]
              : []
          )
    for (const [label, address, key] of targets) {
      const result = checkVietnameseAddress(
        places,
        address as AddressInput,
        label
      )
      if (!result.ok) {
        next(new MedusaError(MedusaError.Types.INVALID_DATA, result.message))
        return
      }
      if (key === null) {
        Object.assign(body, result.address)
      } else {
        body[key] = result.address
      }
    }
    if (req.validatedBody) {
      req.validatedBody = body
    }
    next()
  }

export const storeAddressMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/store/carts",
    middlewares: [validateAddresses(["shipping_address", "billing_address"])],
  },
  {
    method: ["POST"],
    matcher: "/store/carts/:id",
    middlewares: [validateAddresses(["shipping_address", "billing_address"])],
  },
  {
    method: ["POST"],
    matcher: "/store/customers/me/addresses",
    middlewares: [validateAddresses("body")],
  },
  {
    method: ["POST"],
    matcher: "/store/customers/me/addresses/:address_id",
    middlewares: [validateAddresses("partial-body")],
  },
]
