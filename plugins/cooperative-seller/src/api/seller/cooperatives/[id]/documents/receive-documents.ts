import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import multer from "multer"

import {
  DocumentMessages,
  DOCUMENTS_FIELD,
  MAX_DOCUMENT_BYTES,
  MAX_DOCUMENTS_PER_REQUEST,
} from "../../../../../lib/documents/constants"

// Memory storage: at most MAX_DOCUMENTS_PER_REQUEST × MAX_DOCUMENT_BYTES per request, since the
// limits stop reading as soon as a request goes past them. Names are read as UTF-8, so that
// "Giấy chứng nhận.pdf" keeps its Vietnamese letters.
const upload = multer({
  storage: multer.memoryStorage(),
  defParamCharset: "utf8",
  limits: {
    fileSize: MAX_DOCUMENT_BYTES,
    files: MAX_DOCUMENTS_PER_REQUEST,
    fields: 0,
    parts: MAX_DOCUMENTS_PER_REQUEST,
  },
}).array(DOCUMENTS_FIELD, MAX_DOCUMENTS_PER_REQUEST)

const sentenceFor = (error: unknown): string => {
  if (!(error instanceof multer.MulterError)) {
    return DocumentMessages.malformed
  }
  switch (error.code) {
    case "LIMIT_FILE_SIZE":
      return DocumentMessages.tooLarge
    case "LIMIT_FILE_COUNT":
    case "LIMIT_PART_COUNT":
      return DocumentMessages.tooManyAtOnce
    case "LIMIT_UNEXPECTED_FILE":
      return error.field === DOCUMENTS_FIELD
        ? DocumentMessages.tooManyAtOnce
        : DocumentMessages.wrongField
    case "LIMIT_FIELD_COUNT":
      return DocumentMessages.wrongField
    default:
      return DocumentMessages.malformed
  }
}

/** Reads the multipart body into `req.files`; whatever multer refuses becomes a 400 sentence. */
export const receiveDocuments = (
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
): void => {
  upload(req, res, (error?: unknown) => {
    if (error) {
      next(new MedusaError(MedusaError.Types.INVALID_DATA, sentenceFor(error)))
      return
    }
    next()
  })
}
