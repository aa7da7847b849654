import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"

import { sendImpactExport } from "../../../impact-export"
import type { ImpactQuery } from "../validators"

/** GET /officer/impact/export.xlsx: the commune table as a .xlsx file. */
export const GET = (
  req: AuthenticatedMedusaRequest<unknown, ImpactQuery>,
  res: MedusaResponse
) => sendImpactExport(req, res, "xlsx")
