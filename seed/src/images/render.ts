import sharp from "sharp"

import type { IllustrationSpec } from "../catalogue/types"
import { illustrationSvg } from "./illustration-svg"
import { limiter, mapWithConcurrency } from "./pool"
import type { RenderedImage, Rendition, RenditionFormat } from "./types"

export const DEFAULT_WIDTHS: readonly number[] = [320, 640, 960, 1280]
/** Width over height: 4:3. */
export const DEFAULT_ASPECT = 4 / 3

const WEBP_QUALITY = 78
const AVIF_QUALITY = 50
/** 0–9; 2 is fast (about 0.4 s single-threaded for 1280 × 960) and within 10 % of effort 4's size. */
const AVIF_EFFORT = 2
/**
 * Image operations in flight in this process, whoever asks. sharp runs libvips single-threaded on
 * glibc Linux, so two use both cores of the demo machine; more would only add AVIF encoders
 * (~100 MB each) without finishing sooner.
 */
const SHARP_SLOTS = 2
const withSharp = limiter(SHARP_SLOTS)

export type RenderOptions = {
  /** Widths in pixels; duplicates are dropped and the list is sorted. */
  widths?: readonly number[]
  /** Width over height, e.g. 4 / 3 (the default) or 16 / 9. */
  aspect?: number
}

export const heightFor = (width: number, aspect: number): number =>
  Math.max(1, Math.round(width / aspect))

type Raster = {
  data: Buffer
  raw: { raw: { width: number; height: number; channels: 3 } }
}

const raster = (data: Buffer, width: number, height: number): Raster => ({
  data,
  raw: { raw: { width, height, channels: 3 } },
})

const encode = (
  { data, raw }: Raster,
  format: RenditionFormat
): Promise<Buffer> => {
  const image = sharp(data, raw)
  return format === "webp"
    ? image.webp({ quality: WEBP_QUALITY }).toBuffer()
    : image.avif({ quality: AVIF_QUALITY, effort: AVIF_EFFORT }).toBuffer()
}

/**
 * Draws the spec once at the largest width, scales it down for the others and encodes each width
 * as WebP and AVIF, the costliest encodes first. At most two sharp operations run at once in the
 * whole process, however many illustrations are rendered concurrently.
 */
export const renderIllustration = async (
  spec: IllustrationSpec,
  options: RenderOptions = {}
): Promise<RenderedImage> => {
  const aspect = options.aspect ?? DEFAULT_ASPECT
  const widths = [...new Set(options.widths ?? DEFAULT_WIDTHS)].sort(
    (a, b) => a - b
  )
  if (!Number.isFinite(aspect) || aspect <= 0) {
    throw new Error(`Illustration aspect must be positive, got ${aspect}`)
  }
  if (
    widths.length === 0 ||
    widths.some((w) => !Number.isInteger(w) || w <= 0 || w > 4096)
  ) {
    throw new Error(
      `Illustration widths must be whole pixels from 1 to 4096, got [${widths.join(", ")}]`
    )
  }
  const largest = widths[widths.length - 1] ?? 0
  const largestHeight = heightFor(largest, aspect)

  const svg = illustrationSvg(spec, { width: largest, height: largestHeight })
  const full = await withSharp(() =>
    sharp(Buffer.from(svg, "utf8"))
      .resize(largest, largestHeight, { fit: "fill" })
      .removeAlpha()
      .raw()
      .toBuffer()
  )

  const rasters = new Map<number, Raster>()
  for (const width of widths) {
    const height = heightFor(width, aspect)
    const data =
      width === largest
        ? full
        : await withSharp(() =>
            sharp(full, raster(full, largest, largestHeight).raw)
              .resize(width, height, { fit: "fill", kernel: "lanczos3" })
              .raw()
              .toBuffer()
          )
    rasters.set(width, raster(data, width, height))
  }

  const jobs = widths
    .flatMap((width) =>
      (["webp", "avif"] as const).map((format) => ({ width, format }))
    )
    .sort(
      (a, b) =>
        b.width * b.width * (b.format === "avif" ? 4 : 1) -
        a.width * a.width * (a.format === "avif" ? 4 : 1)
    )
  const encoded = await mapWithConcurrency(
    jobs,
    SHARP_SLOTS,
    async ({ width, format }): Promise<Rendition> => {
      const source = rasters.get(width)
      if (!source) {
        throw new Error(`No raster for ${width}px`)
      }
      return {
        width,
        height: source.raw.raw.height,
        format,
        buffer: await withSharp(() => encode(source, format)),
      }
    }
  )

  const renditions = encoded.sort(
    (a, b) =>
      a.width - b.width ||
      (a.format === b.format ? 0 : a.format === "webp" ? -1 : 1)
  )
  return { width: largest, height: largestHeight, renditions }
}
