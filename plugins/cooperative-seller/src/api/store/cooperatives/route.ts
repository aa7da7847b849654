import type {
  MedusaResponse,
  MedusaStoreRequest,
} from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  ProductStatus,
} from "@medusajs/framework/utils"

import { VN_ADMIN_MODULE } from "../../../modules/vn-admin"
import type VnAdminModuleService from "../../../modules/vn-admin/service"
import { assertKnownProvince } from "../../utils/catalogue/known-province"
import { presentCooperative } from "../../utils/catalogue/present"
import {
  COOPERATIVE_FIELDS,
  type CooperativeRecord,
} from "../../utils/catalogue/records"
import type { StoreGetCooperativesParamsType } from "./validators"

type ListedCooperative = CooperativeRecord & {
  products?: { id: string; status: string }[]
}

/** Active cooperatives, by name, filtered by province, ethnic group or certificate type. */
export const GET = async (req: MedusaStoreRequest, res: MedusaResponse) => {
  const { province, ethnic_group, certification, limit, offset } =
    req.validatedQuery as StoreGetCooperativesParamsType
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  if (province) {
    assertKnownProvince(req.scope, province)
  }

  let certifiedIds: string[] | undefined
  if (certification) {
    const { data: certificates } = (await query.graph({
      entity: "certification",
      fields: ["cooperative_id", "expires_at"],
      filters: { type: certification },
    })) as {
      data: { cooperative_id: string; expires_at: Date | string | null }[]
    }
    const now = Date.now()
    certifiedIds = [
      ...new Set(
        certificates
          .filter(
            (c) =>
              c.expires_at === null || new Date(c.expires_at).getTime() > now
          )
          .map((c) => c.cooperative_id)
      ),
    ]
  }

  const { data, metadata } = (await query.graph({
    entity: "cooperative",
    fields: [...COOPERATIVE_FIELDS, "products.id", "products.status"],
    filters: {
      status: "active",
      ...(province ? { province_code: province } : {}),
      ...(ethnic_group ? { ethnic_groups: { $contains: [ethnic_group] } } : {}),
      ...(certifiedIds ? { id: certifiedIds } : {}),
    },
    pagination: { skip: offset, take: limit, order: { name: "ASC" } },
  })) as {
    data: ListedCooperative[]
    metadata?: { count: number }
  }

  const vnAdmin = req.scope.resolve<VnAdminModuleService>(VN_ADMIN_MODULE)
  res.json({
    cooperatives: data.map((cooperative) =>
      presentCooperative(
        cooperative,
        vnAdmin,
        (cooperative.products ?? []).filter(
          (product) => product.status === ProductStatus.PUBLISHED
        ).length
      )
    ),
    count: metadata?.count ?? data.length,
    offset,
    limit,
  })
}
