import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"

import { loadSellerMember, type SellerMember } from "./seller"

/** What anyone sees of a document; its content only through a download. */
export const DOCUMENT_FIELDS = [
  "id",
  "filename",
  "mime_type",
  "size",
  "created_at",
]

export type CooperativeDocumentSummary = {
  id: string
  filename: string
  mime_type: string
  size: number
  created_at: string
}

export const listCooperativeDocuments = async (
  scope: MedusaContainer,
  cooperativeId: string
): Promise<CooperativeDocumentSummary[]> => {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = (await query.graph({
    entity: "cooperative_document",
    fields: DOCUMENT_FIELDS,
    filters: { cooperative_id: cooperativeId },
    pagination: { order: { created_at: "ASC" } },
  })) as { data: CooperativeDocumentSummary[] }
  return data
}

/** One of a cooperative's documents, or a 404 that says nothing about other cooperatives. */
export const findCooperativeDocument = async (
  scope: MedusaContainer,
  cooperativeId: string,
  documentId: string
): Promise<CooperativeDocumentSummary> => {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [document],
  } = (await query.graph({
    entity: "cooperative_document",
    fields: DOCUMENT_FIELDS,
    filters: { id: documentId, cooperative_id: cooperativeId },
  })) as { data: CooperativeDocumentSummary[] }
  if (!document) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `There is no document with id ${documentId}.`
    )
  }
  return document
}

/** The signed-in seller, whose cooperative must be the one in the path (404 otherwise). */
export const loadMemberOfCooperative = async (
  req: AuthenticatedMedusaRequest
): Promise<SellerMember> => {
  const member = await loadSellerMember(req)
  const id = req.params.id ?? ""
  if (member.cooperative_id !== id) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `There is no cooperative with id ${id}.`
    )
  }
  return member
}
