import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import multer from "multer"

import {
  IMPORT_FILE_FIELD,
  MAX_IMPORT_BYTES,
} from "../../../lib/product-imports/columns"

export const ImportFileMessages = {
  none: `Chọn một tệp CSV để tải lên (trường «${IMPORT_FILE_FIELD}» của biểu mẫu).`,
  tooLarge: `Tệp lớn hơn ${MAX_IMPORT_BYTES / 1024 / 1024} MB; chia thành nhiều tệp nhỏ hơn (tối đa 1.000 dòng mỗi tệp).`,
  tooMany: "Mỗi lần chỉ tải lên một tệp CSV.",
  wrongField: `Gửi tệp CSV trong trường «${IMPORT_FILE_FIELD}» của biểu mẫu.`,
  malformed: "Không đọc được dữ liệu tải lên; hãy gửi lại tệp.",
} as const

// Memory storage: the file is at most 2 MB and is read whole to be validated row by row. Reading
// stops as soon as the request goes past the limits.
const upload = multer({
  storage: multer.memoryStorage(),
  limits: {
    fileSize: MAX_IMPORT_BYTES,
    files: 1,
    fields: 5,
    fieldSize: 1024,
    parts: 6,
  },
}).single(IMPORT_FILE_FIELD)

const sentenceFor = (error: unknown): string => {
  if (!(error instanceof multer.MulterError)) {
    return ImportFileMessages.malformed
  }
  switch (error.code) {
    case "LIMIT_FILE_SIZE":
      return ImportFileMessages.tooLarge
    case "LIMIT_FILE_COUNT":
      return ImportFileMessages.tooMany
    case "LIMIT_UNEXPECTED_FILE":
      return error.field === IMPORT_FILE_FIELD
        ? ImportFileMessages.tooMany
        : ImportFileMessages.wrongField
    default:
      return ImportFileMessages.malformed
  }
}

/**
 * Reads the multipart body into `req.file`; whatever multer refuses (too large, more than one
 * file, wrong field, cut off) becomes a 400 with a sentence.
 */
export const receiveImportFile = (
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
