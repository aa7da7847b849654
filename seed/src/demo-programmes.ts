import type { ImpactModuleService } from "@cho-phien/impact/modules/impact"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

import type { Logger } from "./progress"

/**
 * Which demo cooperatives take part in which poverty-reduction programme (invented for the
 * demo, in the spirit of DOMAIN.md: Decision 1719 for ethnic-minority value chains, the
 * Sustainable Poverty Reduction programme, its information-poverty project), so that the
 * officers' programme filter has something to show. Four cooperatives stay untagged.
 */
export const DEMO_PROGRAMME_TAGS: Record<string, string[]> = {
  "htx-son-tra-tram-tau": [
    "qd-1719",
    "giam-ngheo-ben-vung",
    "giam-ngheo-thong-tin",
  ],
  "htx-ong-mat-mu-cang-chai": ["qd-1719"],
  "htx-mien-dong-con-minh": ["qd-1719", "giam-ngheo-ben-vung"],
  "htx-hat-ngoc-muong-thanh": ["qd-1719"],
  "htx-hat-de-trung-khanh": ["qd-1719"],
  "htx-thao-duoc-ta-phin": ["qd-1719", "giam-ngheo-thong-tin"],
  "htx-che-co-thu-ta-xua": ["qd-1719"],
  "htx-gac-bep-thuan-chau": ["giam-ngheo-ben-vung"],
  "htx-hoi-xanh-van-quan": ["giam-ngheo-ben-vung", "giam-ngheo-thong-tin"],
  "htx-ray-xanh-dak-doa": ["giam-ngheo-ben-vung"],
  "htx-nep-tu-le": ["giam-ngheo-thong-tin"],
}

/** Tags the demo cooperatives with their programmes; tags already there are kept. */
export const seedDemoProgrammes = async (
  container: MedusaContainer,
  options: { logger: Logger }
): Promise<void> => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const impact = container.resolve<ImpactModuleService>("impact")
  const { data } = (await query.graph({
    entity: "cooperative",
    fields: ["id", "handle"],
    filters: { handle: Object.keys(DEMO_PROGRAMME_TAGS) },
  })) as { data: { id: string; handle: string }[] }
  const existing = await impact.listProgrammeTags({
    cooperative_id: data.map((c) => c.id),
  })
  const have = new Set(
    existing.map((t) => `${t.cooperative_id}:${t.programme}`)
  )
  const fresh = data.flatMap((cooperative) =>
    (DEMO_PROGRAMME_TAGS[cooperative.handle] ?? [])
      .filter((programme) => !have.has(`${cooperative.id}:${programme}`))
      .map((programme) => ({ cooperative_id: cooperative.id, programme }))
  )
  if (fresh.length > 0) {
    await impact.createProgrammeTags(fresh)
  }
  options.logger.info(
    `Programme tags: ${fresh.length} added for ${data.length} demo cooperatives.`
  )
}
