import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"

import { removeCooperativeDocumentWorkflow } from "../../../../../../workflows/remove-cooperative-document"
import { loadMemberOfCooperative } from "../../../../../utils/cooperative-documents"

/** Deletes one of the cooperative's documents. */
export const DELETE = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const member = await loadMemberOfCooperative(req)
  const { result: id } = await removeCooperativeDocumentWorkflow(req.scope).run(
    {
      input: {
        cooperative_id: member.cooperative_id,
        document_id: req.params.document_id ?? "",
      },
    }
  )
  res.json({ id, object: "cooperative_document", deleted: true })
}
