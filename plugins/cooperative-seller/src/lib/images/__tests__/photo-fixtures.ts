import { crc32 } from "node:zlib"
import sharp from "sharp"

export const CAMERA_MAKE = "ChoPhienTestPhone"

/** Pixels of a grey-green gradient with a little noise, like a photo of a field (JPEG-sized). */
export const photoPixels = (width: number, height: number): Buffer => {
  const data = Buffer.alloc(width * height * 3)
  let seed = 12345
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff
      const noise = (seed >> 16) & 0x1f
      const i = (y * width + x) * 3
      data[i] = 60 + Math.floor((x / width) * 60) + noise
      data[i + 1] = 110 + Math.floor((y / height) * 80) + noise
      data[i + 2] = 70 + noise
    }
  }
  return data
}

/** Paints a pure red block over the top-left `w` × `h` pixels. */
export const paintMarker = (
  data: Buffer,
  width: number,
  w: number,
  h: number
): void => {
  for (let y = 0; y < h; y += 1) {
    for (let x = 0; x < w; x += 1) {
      const i = (y * width + x) * 3
      data[i] = 255
      data[i + 1] = 0
      data[i + 2] = 0
    }
  }
}

/**
 * A JPEG as a phone writes it when held upright: pixels stored sideways with EXIF orientation 6
 * (turn 90° clockwise to show), camera make and a GPS position. The red marker is in the stored
 * top-left corner, so it belongs in the top-right corner of the upright photo.
 */
export const phoneJpeg = async (
  width: number,
  height: number,
  marker = { w: 600, h: 450 }
): Promise<Buffer> => {
  const pixels = photoPixels(width, height)
  paintMarker(pixels, width, marker.w, marker.h)
  return (
    sharp(pixels, { raw: { width, height, channels: 3 } })
      .withExif({
        IFD0: { Make: CAMERA_MAKE, Model: "Field Camera 1" },
        // IFD3 is the GPS directory: Mộc Châu, Sơn La.
        IFD3: {
          GPSLatitudeRef: "N",
          GPSLatitude: "20/1 50/1 3000/100",
          GPSLongitudeRef: "E",
          GPSLongitude: "104/1 38/1 0/1",
        },
      })
      // libvips writes the orientation from its own field, not from the EXIF given above.
      .withMetadata({ orientation: 6 })
      .jpeg({ quality: 90 })
      .toBuffer()
  )
}

export const plainImage = async (
  width: number,
  height: number,
  format: "png" | "webp" | "jpeg"
): Promise<Buffer> =>
  sharp(photoPixels(width, height), { raw: { width, height, channels: 3 } })
    .toFormat(format)
    .toBuffer()

const pngChunk = (type: string, body: Buffer): Buffer => {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(body.length)
  const typeAndBody = Buffer.concat([Buffer.from(type, "latin1"), body])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(typeAndBody))
  return Buffer.concat([length, typeAndBody, crc])
}

/** A few hundred bytes of PNG whose header claims `width` × `height` pixels: a decompression bomb. */
export const pngBomb = (width: number, height: number): Buffer => {
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(width, 0)
  ihdr.writeUInt32BE(height, 4)
  ihdr[8] = 8 // bit depth
  ihdr[9] = 2 // truecolour
  return Buffer.concat([
    Buffer.from("89504e470d0a1a0a", "hex"),
    pngChunk("IHDR", ihdr),
    pngChunk("IDAT", Buffer.alloc(64)),
    pngChunk("IEND", Buffer.alloc(0)),
  ])
}

/** The first bytes of an iPhone HEIC: an ftyp box with the `heic` brand. */
export const heicHeader = (): Buffer =>
  Buffer.concat([
    Buffer.from([0, 0, 0, 0x18]),
    Buffer.from("ftypheic", "latin1"),
    Buffer.alloc(4),
    Buffer.from("mif1heic", "latin1"),
    Buffer.alloc(64),
  ])

/** The first bytes of an AVIF: also a HEIF container, but not a format sellers may send. */
export const avifHeader = (): Buffer =>
  Buffer.concat([
    Buffer.from([0, 0, 0, 0x1c]),
    Buffer.from("ftypavif", "latin1"),
    Buffer.alloc(4),
    Buffer.from("avifmif1miaf", "latin1"),
    Buffer.alloc(64),
  ])
