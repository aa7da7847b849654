import { MedusaError } from "@medusajs/framework/utils"

import { QueueFullError } from "../../../lib/images/limiter"
import { photoLimiter } from "../../../lib/images/photo-limiter"
import {
  assertAcceptablePhoto,
  processPhoto,
  type ProcessedPhoto,
} from "../../../lib/images/process-photo"

export type UploadedPhoto = { originalname: string; buffer: Buffer }

const MAX_NAME_IN_MESSAGE = 80

/** Puts the file's own name in front of the sentence, so the seller knows which photo to fix. */
const forFile = (file: UploadedPhoto, error: unknown): unknown => {
  if (!(error instanceof MedusaError)) {
    return error
  }
  const name = file.originalname.slice(0, MAX_NAME_IN_MESSAGE)
  return new MedusaError(error.type, `${name}: ${error.message}`)
}

/**
 * Processes every photo of one request, or none: all are checked by size and content first, then
 * the request is refused as a whole (QueueFullError) unless the process-wide limiter can take all
 * of them. Waits for every photo to settle before reporting the first failure, so no work goes on
 * behind an answered request.
 */
export const processUploads = async (
  files: readonly UploadedPhoto[]
): Promise<ProcessedPhoto[]> => {
  for (const file of files) {
    try {
      assertAcceptablePhoto(file.buffer)
    } catch (error) {
      throw forFile(file, error)
    }
  }
  if (!photoLimiter.hasRoomFor(files.length)) {
    throw new QueueFullError(
      photoLimiter.queueFullMessage,
      photoLimiter.retryAfterSeconds
    )
  }
  const settled = await Promise.allSettled(
    files.map((file) => processPhoto(file.buffer))
  )
  return settled.map((outcome, i) => {
    if (outcome.status === "rejected") {
      const file = files[i]
      throw file ? forFile(file, outcome.reason) : outcome.reason
    }
    return outcome.value
  })
}
