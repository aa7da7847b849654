import { MedusaError } from "@medusajs/framework/utils"
import sharp from "sharp"

import {
  AVIF_EFFORT,
  AVIF_QUALITY,
  MAX_INPUT_PIXELS,
  MAX_PHOTO_BYTES,
  RENDITION_WIDTHS,
  WEBP_QUALITY,
} from "./constants"
import { openHeic } from "./decode-heic"
import { detectImageType, type PhotoType } from "./detect-image-type"
import type { Limiter } from "./limiter"
import { photoLimiter } from "./photo-limiter"
import { PhotoMessages } from "./photo-messages"

// One libvips thread per operation: the limiter decides how many photos run at once, so this
// keeps a busy server at PHOTO_CONCURRENCY threads of image work. libvips' operation cache would
// keep decoded uploads alive after their request; every upload is new, so it never hits.
sharp.concurrency(1)
sharp.cache(false)

export type RenditionFormat = "webp" | "avif"

export type PhotoRendition = {
  format: RenditionFormat
  width: number
  height: number
  buffer: Buffer
}

export type ProcessedPhoto = {
  /** Size of the largest rendition (upright), for the ImageSet's aspect ratio. */
  width: number
  height: number
  /** Ascending by width; WebP before AVIF at each width. */
  renditions: PhotoRendition[]
}

export type ProcessPhotoOptions = {
  /** Largest input in bytes; MAX_PHOTO_BYTES (15 MB) by default. */
  maxBytes?: number
  /** Largest input in pixels (width × height); MAX_INPUT_PIXELS (50 megapixels) by default. */
  maxPixels?: number
  /** Target widths; RENDITION_WIDTHS by default. */
  widths?: readonly number[]
  /** Where the decoding waits its turn; the process-wide photoLimiter by default. */
  limiter?: Limiter
}

const SHARP_FORMAT: Record<PhotoType, string> = {
  jpeg: "jpeg",
  png: "png",
  webp: "webp",
  heic: "heif",
}

const invalid = (message: string): MedusaError =>
  new MedusaError(MedusaError.Types.INVALID_DATA, message)

/**
 * The checks that need no decoding: size, then type by content. Throws MedusaError INVALID_DATA
 * with a sentence for the seller. Cheap enough to run on every file of a request before any of
 * them is queued.
 */
export const assertAcceptablePhoto = (
  input: Buffer,
  options: Pick<ProcessPhotoOptions, "maxBytes"> = {}
): PhotoType => {
  const maxBytes = options.maxBytes ?? MAX_PHOTO_BYTES
  if (input.length > maxBytes) {
    throw invalid(PhotoMessages.tooLarge(maxBytes))
  }
  if (input.length === 0) {
    throw invalid(PhotoMessages.empty)
  }
  const type = detectImageType(input)
  if (!type) {
    throw invalid(PhotoMessages.notAPhoto)
  }
  return type
}

/**
 * Widths to render for an upright image `width` pixels wide: every target width the photo
 * covers, and the photo's own width on top when it falls short of the largest target, so a
 * small photo is never enlarged and never loses its full size.
 */
export const renditionWidths = (
  width: number,
  targets: readonly number[] = RENDITION_WIDTHS
): number[] => {
  const sorted = [...new Set(targets)].sort((a, b) => a - b)
  const covered = sorted.filter((target) => target <= width)
  const largest = sorted[sorted.length - 1] ?? width
  if (width < largest && !covered.includes(width)) {
    covered.push(width)
  }
  return covered
}

const isPixelLimitError = (error: unknown): boolean =>
  error instanceof Error && /pixel limit/i.test(error.message)

type Decoded = {
  data: Buffer
  raw: { width: number; height: number; channels: 1 | 2 | 3 | 4 }
  /** The upright photo's own size, so every rendition keeps its exact aspect ratio. */
  upright: { width: number; height: number }
}

/**
 * A HEIC photo through libheif (WebAssembly): size checked before decoding, pixels already
 * upright, then shrunk by sharp like any other photo. HEIC carries its EXIF apart from the pixels,
 * so none of it reaches a rendition.
 */
const decodeHeicPhoto = async (
  input: Buffer,
  maxPixels: number,
  targets: readonly number[]
): Promise<Decoded> => {
  const heic = await openHeic(input).catch(() => {
    throw invalid(PhotoMessages.damaged)
  })
  try {
    if (heic.width * heic.height > maxPixels) {
      throw invalid(PhotoMessages.tooManyPixels(maxPixels))
    }
    const rgba = await heic.pixels().catch(() => {
      throw invalid(PhotoMessages.damaged)
    })
    const widths = renditionWidths(heic.width, targets)
    const largest = widths[widths.length - 1] ?? heic.width
    const { data, info } = await sharp(rgba, {
      raw: { width: heic.width, height: heic.height, channels: 4 },
    })
      .removeAlpha()
      .resize({ width: largest, withoutEnlargement: true })
      .raw()
      .toBuffer({ resolveWithObject: true })
    return {
      data,
      raw: { width: info.width, height: info.height, channels: info.channels },
      upright: { width: heic.width, height: heic.height },
    }
  } finally {
    heic.dispose()
  }
}

/** Decodes, turns upright, and shrinks to the largest width needed: the one decode of the photo. */
const decode = async (
  input: Buffer,
  type: PhotoType,
  maxPixels: number,
  targets: readonly number[]
): Promise<Decoded> => {
  if (type === "heic") {
    return decodeHeicPhoto(input, maxPixels, targets)
  }
  const source = (): sharp.Sharp =>
    sharp(input, {
      limitInputPixels: maxPixels,
      // Phone JPEGs often carry harmless warnings (extra bytes before a marker); truncated or
      // corrupt data is still refused.
      failOn: "error",
    })
  let metadata: sharp.Metadata
  try {
    metadata = await source().metadata()
  } catch (error) {
    throw invalid(
      isPixelLimitError(error)
        ? PhotoMessages.tooManyPixels(maxPixels)
        : PhotoMessages.damaged
    )
  }
  if (metadata.format !== SHARP_FORMAT[type]) {
    throw invalid(PhotoMessages.notAPhoto)
  }
  // Checked from the header before any pixel is decoded (sharp's limitInputPixels checks again).
  if (metadata.width * metadata.height > maxPixels) {
    throw invalid(PhotoMessages.tooManyPixels(maxPixels))
  }
  const widths = renditionWidths(metadata.autoOrient.width, targets)
  const largest = widths[widths.length - 1] ?? metadata.autoOrient.width
  try {
    const { data, info } = await source()
      // Turns the photo upright by its EXIF orientation (mirrored ones too).
      .rotate()
      .resize({ width: largest, withoutEnlargement: true })
      .toColourspace("srgb")
      .raw()
      .toBuffer({ resolveWithObject: true })
    return {
      data,
      raw: { width: info.width, height: info.height, channels: info.channels },
      upright: metadata.autoOrient,
    }
  } catch (error) {
    throw invalid(
      isPixelLimitError(error)
        ? PhotoMessages.tooManyPixels(maxPixels)
        : PhotoMessages.damaged
    )
  }
}

const encode = async (
  decoded: Decoded,
  width: number,
  format: RenditionFormat
): Promise<PhotoRendition> => {
  // Raw pixels carry no metadata, and sharp writes none unless asked (withMetadata/keepExif):
  // no EXIF, GPS, XMP or IPTC reaches a rendition.
  const { upright } = decoded
  // Heights come from the original, not from the already-rounded largest raster.
  const height = Math.max(
    1,
    Math.round((upright.height * width) / upright.width)
  )
  const image = sharp(decoded.data, { raw: decoded.raw }).resize({
    width,
    height,
    fit: "fill",
  })
  const encoder =
    format === "webp"
      ? image.webp({ quality: WEBP_QUALITY })
      : image.avif({ quality: AVIF_QUALITY, effort: AVIF_EFFORT })
  const { data, info } = await encoder.toBuffer({ resolveWithObject: true })
  return { format, width: info.width, height: info.height, buffer: data }
}

/**
 * Turns an uploaded photo into upright, metadata-free WebP and AVIF renditions at the storefront's
 * widths. Type and size are checked before the photo waits for the process-wide limiter; the
 * pixel count is checked from the header before decoding. Every refusal is a MedusaError
 * INVALID_DATA (400) with a sentence; a full queue is a QueueFullError (503).
 */
export const processPhoto = async (
  input: Buffer,
  options: ProcessPhotoOptions = {}
): Promise<ProcessedPhoto> => {
  const type = assertAcceptablePhoto(input, options)
  const maxPixels = options.maxPixels ?? MAX_INPUT_PIXELS
  const targets = options.widths ?? RENDITION_WIDTHS
  const limiter = options.limiter ?? photoLimiter

  return limiter.run(async () => {
    const decoded = await decode(input, type, maxPixels, targets)
    const widths = renditionWidths(decoded.raw.width, targets)
    const renditions: PhotoRendition[] = []
    for (const width of widths) {
      for (const format of ["webp", "avif"] as const) {
        renditions.push(await encode(decoded, width, format))
      }
    }
    const largest = renditions[renditions.length - 1]
    return {
      width: largest?.width ?? decoded.raw.width,
      height: largest?.height ?? decoded.raw.height,
      renditions,
    }
  })
}
