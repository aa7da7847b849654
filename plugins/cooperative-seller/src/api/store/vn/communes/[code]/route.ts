import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

import { resolveVnAdmin } from "../../resolve-vn-admin"

export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const commune = resolveVnAdmin(req).retrieveCommune(req.params.code ?? "")
  res.set("Cache-Control", "public, max-age=86400")
  res.json({ commune })
}
