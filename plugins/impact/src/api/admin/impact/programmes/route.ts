import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import {
  COOPERATIVE_MODULE,
  type CooperativeModuleService,
} from "@cho-phien/cooperative-seller/modules/cooperative"

import {
  IMPACT_MODULE,
  type ImpactModuleService,
} from "../../../../modules/impact"
import { PROGRAMMES } from "../../../../lib/programmes"

/**
 * GET /admin/impact/programmes: the programmes and every cooperative (all statuses) with the
 * programmes it is tagged with.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const cooperatives = await req.scope
    .resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    .listCooperatives(
      {},
      {
        select: [
          "id",
          "name",
          "handle",
          "status",
          "province_code",
          "commune_code",
        ],
        order: { name: "ASC" },
        take: 2000,
      }
    )
  const tags = await req.scope
    .resolve<ImpactModuleService>(IMPACT_MODULE)
    .listProgrammeTags({ cooperative_id: cooperatives.map((c) => c.id) })
  res.json({
    programmes: PROGRAMMES,
    cooperatives: cooperatives.map((c) => ({
      id: c.id,
      name: c.name,
      handle: c.handle,
      status: c.status,
      province_code: c.province_code,
      commune_code: c.commune_code,
      programmes: tags
        .filter((t) => t.cooperative_id === c.id)
        .map((t) => t.programme)
        .sort(),
    })),
  })
}
