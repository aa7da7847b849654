import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import multer from "multer"

import { MAX_PHOTO_BYTES } from "../../../lib/images/constants"
import { PhotoMessages } from "../../../lib/images/photo-messages"

export const PHOTOS_FIELD = "files"
export const MAX_PHOTOS_PER_REQUEST = 10

export const UploadMessages = {
  none: `Choose at least one photo to send (form field "${PHOTOS_FIELD}").`,
  tooMany: `Send at most ${MAX_PHOTOS_PER_REQUEST} photos at once.`,
  wrongField: `Send the photos in the form field "${PHOTOS_FIELD}".`,
  malformed: "The upload could not be read. Send the photos again.",
} as const

// Memory storage, as Medusa's own POST /admin/uploads: the File module takes the content as a
// string anyway. The limits stop reading a request as soon as it goes past them, so at most
// MAX_PHOTOS_PER_REQUEST × MAX_PHOTO_BYTES is held per request.
const upload = multer({
  storage: multer.memoryStorage(),
  limits: {
    fileSize: MAX_PHOTO_BYTES,
    files: MAX_PHOTOS_PER_REQUEST,
    fields: 10,
    fieldSize: 10 * 1024,
    parts: MAX_PHOTOS_PER_REQUEST + 10,
  },
}).array(PHOTOS_FIELD, MAX_PHOTOS_PER_REQUEST)

const sentenceFor = (error: unknown): string => {
  if (!(error instanceof multer.MulterError)) {
    // busboy's own errors: a cut-off or malformed multipart body.
    return UploadMessages.malformed
  }
  switch (error.code) {
    case "LIMIT_FILE_SIZE":
      return PhotoMessages.tooLarge(MAX_PHOTO_BYTES)
    case "LIMIT_FILE_COUNT":
      return UploadMessages.tooMany
    case "LIMIT_UNEXPECTED_FILE":
      // array(field, max) reports one file too many as an unexpected file in that field.
      return error.field === PHOTOS_FIELD
        ? UploadMessages.tooMany
        : UploadMessages.wrongField
    default:
      return UploadMessages.malformed
  }
}

/**
 * Reads the multipart body into `req.files`. Whatever multer or busboy refuses (too large, too
 * many, wrong field, cut off) becomes a 400 with a sentence instead of Medusa's 500.
 */
export const receivePhotos = (
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
