import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

import { ETHNIC_GROUPS } from "../../../../modules/cooperative/ethnic-groups"

/** The 54 ethnic groups with their stable codes, for pickers (a cooperative's application). */
export const GET = async (_req: MedusaRequest, res: MedusaResponse) => {
  res.set("Cache-Control", "public, max-age=86400")
  res.json({ ethnic_groups: ETHNIC_GROUPS })
}
