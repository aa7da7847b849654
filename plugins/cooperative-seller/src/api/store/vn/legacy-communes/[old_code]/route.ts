import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

import { resolveVnAdmin } from "../../resolve-vn-admin"

export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const legacy_commune = resolveVnAdmin(req).retrieveLegacyCommune(
    req.params.old_code ?? ""
  )
  res.set("Cache-Control", "public, max-age=86400")
  res.json({ legacy_commune, communes: legacy_commune.communes })
}
