import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

import { DocumentMessages } from "../../../../../lib/documents/constants"
import {
  detectDocumentType,
  documentFilename,
} from "../../../../../lib/documents/detect-document-type"
import { addCooperativeDocumentsWorkflow } from "../../../../../workflows/add-cooperative-documents"
import {
  listCooperativeDocuments,
  loadMemberOfCooperative,
} from "../../../../utils/cooperative-documents"

/** The cooperative's registration documents (names, kinds and sizes; not the content). */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const member = await loadMemberOfCooperative(req)
  res.json({
    documents: await listCooperativeDocuments(req.scope, member.cooperative_id),
  })
}

/**
 * 1–5 documents in the multipart field `files`, each a PDF, JPEG or PNG judged by its content up
 * to 10 MB; one that is not refuses the whole request. Answers with the documents just added.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const member = await loadMemberOfCooperative(req)
  const files = Array.isArray(req.files) ? req.files : []
  if (files.length === 0) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, DocumentMessages.none)
  }
  const documents = files.map((file) => {
    const shownName = file.originalname.slice(0, 200)
    if (file.size === 0) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        DocumentMessages.empty(shownName)
      )
    }
    const type = detectDocumentType(file.buffer)
    if (!type) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        DocumentMessages.wrongKind(shownName)
      )
    }
    return {
      filename: documentFilename(file.originalname, type),
      mime_type: type,
      size: file.size,
      content: file.buffer.toString("base64"),
    }
  })
  const { result: ids } = await addCooperativeDocumentsWorkflow(req.scope).run({
    input: { cooperative_id: member.cooperative_id, documents },
  })
  const added = new Set(ids)
  res.status(201).json({
    documents: (
      await listCooperativeDocuments(req.scope, member.cooperative_id)
    ).filter((document) => added.has(document.id)),
  })
}
