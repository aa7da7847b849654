import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"

import { PROGRAMMES } from "../../../../lib/programmes"

/** GET /officer/impact/programmes: the programme tags a cooperative may carry. */
export const GET = async (
  _req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  res.json({ programmes: PROGRAMMES })
}
