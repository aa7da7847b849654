import decodeHeic from "heic-decode"

/** A HEIC photo's first image: its size (read first) and, on request, its RGBA pixels. */
export type HeicImage = {
  width: number
  height: number
  pixels: () => Promise<Buffer>
  dispose: () => void
}

/**
 * Opens a HEIC (HEVC-compressed HEIF, what iPhones and many Android phones write) with libheif
 * compiled to WebAssembly: sharp's prebuilt libvips has no HEVC decoder. libheif applies the
 * file's rotation and mirroring, so the pixels come out upright. The size is known before any
 * pixel is decoded, for the pixel limit; call `dispose` when done.
 */
export const openHeic = async (input: Buffer): Promise<HeicImage> => {
  const images = await decodeHeic.all({ buffer: input })
  const [first] = images
  if (!first) {
    images.dispose()
    throw new Error("HEIF image not found")
  }
  return {
    width: first.width,
    height: first.height,
    pixels: async () => {
      const { data } = await first.decode()
      return Buffer.from(data.buffer, data.byteOffset, data.byteLength)
    },
    dispose: () => images.dispose(),
  }
}
