export type PhotoType = "jpeg" | "png" | "webp" | "heic"

/** ISO-BMFF brands that phones write for HEIC/HEIF stills and sequences. */
const HEIF_BRANDS = new Set([
  "heic",
  "heix",
  "heim",
  "heis",
  "hevc",
  "hevx",
  "hevm",
  "hevs",
  "mif1",
  "msf1",
])
/** AVIF files are HEIF containers too (often with `mif1` among their brands) but not HEIC. */
const AVIF_BRANDS = new Set(["avif", "avis"])

const ascii = (input: Buffer, start: number, end: number): string =>
  input.toString("latin1", start, end)

/** Major and compatible brands of an ISO-BMFF `ftyp` box at the start of the file, if any. */
const ftypBrands = (input: Buffer): string[] | null => {
  if (input.length < 16 || ascii(input, 4, 8) !== "ftyp") {
    return null
  }
  const boxSize = input.readUInt32BE(0)
  const end = Math.min(input.length, boxSize)
  if (boxSize < 16 || (boxSize - 16) % 4 !== 0) {
    return null
  }
  const brands = [ascii(input, 8, 12)]
  // Bytes 12–16 are the minor version; compatible brands follow, four bytes each.
  for (let offset = 16; offset + 4 <= end; offset += 4) {
    brands.push(ascii(input, offset, offset + 4))
  }
  return brands
}

/**
 * Tells the kind of photo from its first bytes, whatever the file is called or claims to be.
 * Returns null for anything that is not a JPEG, PNG, WebP or HEIC photo.
 */
export const detectImageType = (input: Buffer): PhotoType | null => {
  if (
    input.length >= 3 &&
    input[0] === 0xff &&
    input[1] === 0xd8 &&
    input[2] === 0xff
  ) {
    return "jpeg"
  }
  if (
    input.length >= 8 &&
    input.subarray(0, 8).equals(Buffer.from("89504e470d0a1a0a", "hex"))
  ) {
    return "png"
  }
  if (
    input.length >= 12 &&
    ascii(input, 0, 4) === "RIFF" &&
    ascii(input, 8, 12) === "WEBP"
  ) {
    return "webp"
  }
  const brands = ftypBrands(input)
  if (
    brands &&
    !brands.some((brand) => AVIF_BRANDS.has(brand)) &&
    brands.some((brand) => HEIF_BRANDS.has(brand))
  ) {
    return "heic"
  }
  return null
}
