import { randomUUID } from "node:crypto"

import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"

import { QueueFullError } from "../../../lib/images/limiter"
import type {
  ProcessedPhoto,
  RenditionFormat,
} from "../../../lib/images/process-photo"
import type { ImageSet } from "../../../modules/cooperative/types"
import { processUploads } from "./process-uploads"
import { UploadMessages } from "./receive-photos"

export type SellerUploadsResponse = { images: ImageSet[] }

type ErrorBody = { type: string; message: string }

const MIME_TYPES: Record<RenditionFormat, string> = {
  webp: "image/webp",
  avif: "image/avif",
}

const uploadedFiles = (req: AuthenticatedMedusaRequest) =>
  Array.isArray(req.files) ? req.files : []

/**
 * POST /seller/uploads: 1–10 photos in the multipart field `files` → one ImageSet each, in the
 * order sent. Every photo is turned upright, stripped of its metadata and stored through the
 * File module as WebP and AVIF renditions; a photo that cannot be used refuses the whole request
 * with 400, and a full photo queue answers 503 with Retry-After.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<SellerUploadsResponse | ErrorBody>
): Promise<void> => {
  const files = uploadedFiles(req)
  if (files.length === 0) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, UploadMessages.none)
  }

  let photos: ProcessedPhoto[]
  try {
    photos = await processUploads(files)
  } catch (error) {
    if (error instanceof QueueFullError) {
      res.setHeader("Retry-After", String(error.retryAfterSeconds))
      res
        .status(503)
        .json({ type: "service_unavailable", message: error.message })
      return
    }
    throw error
  }

  // Random names: a file's own name can carry a person's name or a place.
  const renditions = photos.flatMap((photo, index) => {
    const key = randomUUID()
    return photo.renditions.map((rendition) => ({ index, rendition, key }))
  })
  const { result: stored } = await uploadFilesWorkflow(req.scope).run({
    input: {
      files: renditions.map(({ rendition, key }) => ({
        filename: `seller-photos/${key}-${rendition.width}.${rendition.format}`,
        mimeType: MIME_TYPES[rendition.format],
        // The File module's contract is a base64 string; every provider decodes it back to bytes.
        content: rendition.buffer.toString("base64"),
        access: "public" as const,
      })),
    },
  })

  const images: ImageSet[] = photos.map((photo) => ({
    url: "",
    width: photo.width,
    height: photo.height,
    alt_vi: "",
    alt_en: "",
    webp: [],
    avif: [],
  }))
  renditions.forEach(({ index, rendition }, i) => {
    const file = stored[i]
    const image = images[index]
    if (!file || !image) {
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        `The File module stored ${stored.length} of ${renditions.length} photo renditions.`
      )
    }
    image[rendition.format].push({ width: rendition.width, url: file.url })
  })
  for (const image of images) {
    image.url = image.webp[image.webp.length - 1]?.url ?? ""
  }

  res.status(200).json({ images })
}
