import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

import { resolveVnAdmin } from "../resolve-vn-admin"

export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const provinces = resolveVnAdmin(req).listProvinces()
  res.set("Cache-Control", "public, max-age=86400")
  res.json({ provinces })
}
