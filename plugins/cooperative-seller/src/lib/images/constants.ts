/** Largest photo accepted, checked before anything is decoded (a phone photo is 2–8 MB). */
export const MAX_PHOTO_BYTES = 15 * 1024 * 1024

/**
 * Largest photo accepted in pixels (width × height). A 48-megapixel phone sensor fits; a small
 * file that claims to be enormous (a decompression bomb) does not.
 */
export const MAX_INPUT_PIXELS = 50_000_000

/** Widths the storefront asks for in `srcset`, ascending. */
export const RENDITION_WIDTHS: readonly number[] = [320, 640, 960, 1280]

export const WEBP_QUALITY = 80
export const AVIF_QUALITY = 50
/** 0–9; 2 is about four times faster than the default 4 for a few per cent more bytes. */
export const AVIF_EFFORT = 2

/**
 * Photos decoded at once in this process. Each one holds a decoded raster and, while encoding
 * AVIF, an encoder of about 100 MB; two keep both cores of the demo machine busy without more.
 */
export const PHOTO_CONCURRENCY = 2
/** Photos allowed to wait for a slot; beyond this a request is turned away with 503. */
export const PHOTO_QUEUE_LENGTH = 20
/** What a turned-away client is told to wait (Retry-After), in seconds. */
export const PHOTO_RETRY_AFTER_SECONDS = 15
