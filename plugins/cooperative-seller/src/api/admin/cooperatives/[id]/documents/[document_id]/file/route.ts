import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"

import { COOPERATIVE_MODULE } from "../../../../../../../modules/cooperative"
import type CooperativeModuleService from "../../../../../../../modules/cooperative/service"
import { findCooperativeDocument } from "../../../../../../utils/cooperative-documents"

/**
 * The document itself, with its content type, for the operator only. Shown in the browser
 * (inline) with a sandbox, and never cached by a shared cache.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const document = await findCooperativeDocument(
    req.scope,
    req.params.id ?? "",
    req.params.document_id ?? ""
  )
  const content = await req.scope
    .resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    .retrieveCooperativeDocumentContent(document.id)
  // Old clients read `filename` (ASCII only); current ones read `filename*`, with Vietnamese letters.
  const asciiName =
    document.filename
      .normalize("NFD")
      .replace(/[^\x20-\x7e]/g, "")
      .replace(/["\\]/g, "") || "document"
  res.setHeader("Content-Type", document.mime_type)
  res.setHeader("Content-Length", String(content.length))
  res.setHeader(
    "Content-Disposition",
    `inline; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(document.filename)}`
  )
  res.setHeader("Cache-Control", "private, no-store")
  res.setHeader("X-Content-Type-Options", "nosniff")
  res.setHeader("Content-Security-Policy", "sandbox")
  res.status(200).send(content)
}
