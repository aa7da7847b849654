import { detectImageType } from "../detect-image-type"
import { avifHeader, heicHeader, plainImage } from "./photo-fixtures"

describe("detectImageType", () => {
  it("reads JPEG, PNG and WebP from their content", async () => {
    expect(detectImageType(await plainImage(8, 8, "jpeg"))).toBe("jpeg")
    expect(detectImageType(await plainImage(8, 8, "png"))).toBe("png")
    expect(detectImageType(await plainImage(8, 8, "webp"))).toBe("webp")
  })

  it("reads HEIC by its ftyp brands", () => {
    expect(detectImageType(heicHeader())).toBe("heic")
  })

  it("does not take AVIF, text, SVG or a few stray bytes for a photo", () => {
    expect(detectImageType(avifHeader())).toBeNull()
    expect(detectImageType(Buffer.from("Hello, this is not a photo"))).toBe(
      null
    )
    expect(
      detectImageType(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))
    ).toBeNull()
    expect(detectImageType(Buffer.from([0xff, 0xd8]))).toBeNull()
    expect(detectImageType(Buffer.alloc(0))).toBeNull()
  })
})
