/** The sentences a seller reads when a photo is refused: short words, and what to do next. */
export const PhotoMessages = {
  notAPhoto:
    "This file is not a photo we can read. Send a photo as JPEG, PNG, WebP or HEIC.",
  empty: "This file is empty. Send a photo as JPEG, PNG, WebP or HEIC.",
  tooLarge: (maxBytes: number): string =>
    `This photo is larger than ${formatMegabytes(maxBytes)} MB. Send a smaller photo.`,
  tooManyPixels: (maxPixels: number): string =>
    `This photo has too many pixels (more than ${formatMegapixels(maxPixels)} megapixels). Send a smaller photo.`,
  damaged:
    "This photo could not be read; it may be damaged. Take the photo again or send another one.",
  queueFull:
    "Many photos are being prepared right now. Wait a moment and send them again.",
} as const

const formatMegabytes = (bytes: number): string =>
  String(Math.round((bytes / (1024 * 1024)) * 10) / 10)

const formatMegapixels = (pixels: number): string =>
  String(Math.round(pixels / 100_000) / 10)
