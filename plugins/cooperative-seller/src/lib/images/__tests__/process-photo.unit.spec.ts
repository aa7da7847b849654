import { MedusaError } from "@medusajs/framework/utils"
import sharp from "sharp"

import { MAX_PHOTO_BYTES } from "../constants"
import { createLimiter, QueueFullError } from "../limiter"
import { readFileSync } from "node:fs"
import { join } from "node:path"

import {
  processPhoto,
  renditionWidths,
  type ProcessedPhoto,
} from "../process-photo"
import {
  CAMERA_MAKE,
  avifHeader,
  heicHeader,
  phoneJpeg,
  plainImage,
  pngBomb,
} from "./photo-fixtures"

jest.setTimeout(120_000)

const TARGET_WIDTHS = [320, 640, 960, 1280]

const widthsOf = (photo: ProcessedPhoto, format: "webp" | "avif"): number[] =>
  photo.renditions.filter((r) => r.format === format).map((r) => r.width)

const rejection = async (promise: Promise<unknown>): Promise<MedusaError> => {
  try {
    await promise
  } catch (error) {
    if (error instanceof MedusaError) {
      return error
    }
    throw error
  }
  throw new Error("Expected the photo to be refused")
}

const pixelAt = async (
  image: Buffer,
  x: number,
  y: number
): Promise<[number, number, number]> => {
  const { data, info } = await sharp(image)
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true })
  const i = (y * info.width + x) * info.channels
  return [data[i] ?? -1, data[i + 1] ?? -1, data[i + 2] ?? -1]
}

const isRed = ([r, g, b]: [number, number, number]): boolean =>
  r > 200 && g < 60 && b < 60

describe("processPhoto with a 12-megapixel phone JPEG (orientation 6, GPS)", () => {
  let input: Buffer
  let photo: ProcessedPhoto

  beforeAll(async () => {
    input = await phoneJpeg(4000, 3000)
    photo = await processPhoto(input)
  })

  it("starts from a photo that really carries orientation 6, camera EXIF and GPS", async () => {
    const metadata = await sharp(input).metadata()
    expect(metadata).toMatchObject({
      width: 4000,
      height: 3000,
      orientation: 6,
    })
    expect(metadata.exif?.includes(CAMERA_MAKE)).toBe(true)
    // 0x8825 is the GPS IFD pointer tag (little-endian as libvips writes it).
    expect(metadata.exif?.includes(Buffer.from([0x25, 0x88]))).toBe(true)
  })

  it("renders WebP and AVIF at exactly 320, 640, 960 and 1280 px, really in those formats", async () => {
    expect(widthsOf(photo, "webp")).toEqual(TARGET_WIDTHS)
    expect(widthsOf(photo, "avif")).toEqual(TARGET_WIDTHS)
    for (const rendition of photo.renditions) {
      const metadata = await sharp(rendition.buffer).metadata()
      expect(metadata.format).toBe(
        rendition.format === "webp" ? "webp" : "heif"
      )
      if (rendition.format === "avif") {
        expect(metadata.compression).toBe("av1")
      }
      expect(metadata.width).toBe(rendition.width)
      expect(metadata.height).toBe(rendition.height)
    }
  })

  it("turns the photo upright: portrait 3 × 4, marker in the top-right corner", async () => {
    expect(photo).toMatchObject({ width: 1280, height: 1707 })
    for (const rendition of photo.renditions) {
      expect(rendition.height).toBe(Math.round((rendition.width * 4) / 3))
    }
    const largest = photo.renditions.find(
      (r) => r.format === "webp" && r.width === 1280
    )
    if (!largest) {
      throw new Error("No 1280 px WebP")
    }
    // The marker covered the stored top-left 600 × 450 px: upright, the top-right 15 % × 15 %.
    expect(isRed(await pixelAt(largest.buffer, 1250, 40))).toBe(true)
    expect(isRed(await pixelAt(largest.buffer, 30, 40))).toBe(false)
    expect(isRed(await pixelAt(largest.buffer, 1250, 1660))).toBe(false)
    expect(isRed(await pixelAt(largest.buffer, 30, 1660))).toBe(false)
  })

  it("strips every bit of metadata: no EXIF, GPS, XMP, IPTC or orientation in any rendition", async () => {
    for (const rendition of photo.renditions) {
      const metadata = await sharp(rendition.buffer).metadata()
      expect(metadata.exif).toBeUndefined()
      expect(metadata.xmp).toBeUndefined()
      expect(metadata.iptc).toBeUndefined()
      expect(metadata.orientation).toBeUndefined()
      expect(rendition.buffer.includes("Exif")).toBe(false)
      expect(rendition.buffer.includes(CAMERA_MAKE)).toBe(false)
    }
  })
})

describe("processPhoto with other photos", () => {
  it("takes a PNG and a WebP, never enlarging past the photo's own width", async () => {
    const png = await processPhoto(await plainImage(800, 600, "png"))
    expect(widthsOf(png, "webp")).toEqual([320, 640, 800])
    expect(widthsOf(png, "avif")).toEqual([320, 640, 800])
    expect(png).toMatchObject({ width: 800, height: 600 })

    const webp = await processPhoto(await plainImage(1600, 900, "webp"))
    expect(widthsOf(webp, "webp")).toEqual(TARGET_WIDTHS)
    expect(webp).toMatchObject({ width: 1280, height: 720 })
  })

  it("keeps a photo narrower than every target at its own width", () => {
    expect(renditionWidths(200)).toEqual([200])
    expect(renditionWidths(1280)).toEqual(TARGET_WIDTHS)
    expect(renditionWidths(5000)).toEqual(TARGET_WIDTHS)
  })
})

describe("processPhoto refusals (400 with a sentence)", () => {
  it("refuses a text file named photo.jpg by its content", async () => {
    const error = await rejection(
      processPhoto(Buffer.from("name: photo.jpg\nnot really a photo\n"))
    )
    expect(error.type).toBe(MedusaError.Types.INVALID_DATA)
    expect(error.message).toContain("Send a photo as JPEG, PNG, WebP or HEIC.")
  })

  it("refuses AVIF and an empty file", async () => {
    expect((await rejection(processPhoto(avifHeader()))).message).toContain(
      "Send a photo as JPEG, PNG, WebP or HEIC."
    )
    expect((await rejection(processPhoto(Buffer.alloc(0)))).message).toBe(
      "This file is empty. Send a photo as JPEG, PNG, WebP or HEIC."
    )
  })

  it("refuses an over-size file before decoding it", async () => {
    // JPEG magic followed by garbage: decoding it would fail as "damaged", not "too large".
    const huge = Buffer.alloc(MAX_PHOTO_BYTES + 1, 0x42)
    huge.set([0xff, 0xd8, 0xff, 0xe0])
    const error = await rejection(processPhoto(huge))
    expect(error.type).toBe(MedusaError.Types.INVALID_DATA)
    expect(error.message).toBe(
      "This photo is larger than 15 MB. Send a smaller photo."
    )
  })

  it("refuses a decompression bomb: a tiny PNG claiming 30000 × 30000 pixels", async () => {
    const bomb = pngBomb(30_000, 30_000)
    expect(bomb.length).toBeLessThan(1_000)
    const error = await rejection(processPhoto(bomb))
    expect(error.type).toBe(MedusaError.Types.INVALID_DATA)
    expect(error.message).toBe(
      "This photo has too many pixels (more than 50 megapixels). Send a smaller photo."
    )
  })

  it("refuses a real photo over a lower pixel limit", async () => {
    const error = await rejection(
      processPhoto(await plainImage(2000, 1500, "jpeg"), {
        maxPixels: 1_000_000,
      })
    )
    expect(error.message).toBe(
      "This photo has too many pixels (more than 1 megapixels). Send a smaller photo."
    )
  })

  it("refuses a truncated JPEG as damaged", async () => {
    const jpeg = await plainImage(640, 480, "jpeg")
    const error = await rejection(
      processPhoto(jpeg.subarray(0, Math.floor(jpeg.length / 2)))
    )
    expect(error.type).toBe(MedusaError.Types.INVALID_DATA)
    expect(error.message).toMatch(/could not be read/)
  })

  it("refuses a HEIC file that holds no picture with a sentence", async () => {
    const error = await rejection(processPhoto(heicHeader()))
    expect(error.type).toBe(MedusaError.Types.INVALID_DATA)
    expect(error.message).toMatch(/could not be read/)
  })

  it("reads a real HEIC photo (HEVC, as phones write it) into WebP and AVIF renditions", async () => {
    // 1200 × 900, red in the top-left quarter, green elsewhere; encoded by libheif's heif-enc
    // with x265.
    const heic = readFileSync(
      join(__dirname, "fixtures", "red-corner-1200x900.heic")
    )
    const photo = await processPhoto(heic)
    expect(widthsOf(photo, "webp")).toEqual([320, 640, 960, 1200])
    expect(widthsOf(photo, "avif")).toEqual([320, 640, 960, 1200])
    expect(photo).toMatchObject({ width: 1200, height: 900 })
    const largest = photo.renditions.find(
      (r) => r.format === "webp" && r.width === 1200
    )
    if (!largest) {
      throw new Error("no 1200 px WebP")
    }
    expect(largest.height).toBe(900)
    const metadata = await sharp(largest.buffer).metadata()
    expect(metadata.exif).toBeUndefined()
    const [r, g] = await pixelAt(largest.buffer, 100, 100)
    expect(r).toBeGreaterThan(150)
    expect(g).toBeLessThan(90)
    const [r2, g2] = await pixelAt(largest.buffer, 1100, 800)
    expect(g2).toBeGreaterThan(90)
    expect(r2).toBeLessThan(90)
    // No alpha channel carried over from the decoder's RGBA.
    expect((await sharp(largest.buffer).metadata()).hasAlpha).toBe(false)
  })

  it("refuses a HEIC photo above the pixel limit before decoding it", async () => {
    const heic = readFileSync(
      join(__dirname, "fixtures", "red-corner-1200x900.heic")
    )
    const error = await rejection(processPhoto(heic, { maxPixels: 1_000_000 }))
    expect(error.message).toMatch(/too many pixels/)
  })
})

describe("processPhoto and the limiter", () => {
  it("waits for a slot and is refused with QueueFullError when the queue is full", async () => {
    const limiter = createLimiter({
      concurrency: 1,
      maxQueue: 1,
      retryAfterSeconds: 3,
      queueFullMessage: "Busy.",
    })
    let release = (): void => undefined
    const blocker = limiter.run(
      () => new Promise<void>((resolve) => (release = resolve))
    )
    const photo = await plainImage(400, 300, "jpeg")
    const queued = processPhoto(photo, { limiter })
    expect(limiter.waiting).toBe(1)
    await expect(processPhoto(photo, { limiter })).rejects.toBeInstanceOf(
      QueueFullError
    )
    release()
    await blocker
    await expect(queued).resolves.toMatchObject({ width: 400, height: 300 })
  })

  it("does not queue a photo it refuses without decoding", async () => {
    const limiter = createLimiter({
      concurrency: 1,
      maxQueue: 0,
      retryAfterSeconds: 3,
      queueFullMessage: "Busy.",
    })
    const error = await rejection(
      processPhoto(Buffer.from("text"), { limiter })
    )
    expect(error.type).toBe(MedusaError.Types.INVALID_DATA)
    expect(limiter.active).toBe(0)
  })
})
