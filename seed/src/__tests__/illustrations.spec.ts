import sharp from "sharp"

import type { IllustrationSpec } from "../catalogue/types"
import {
  ILLUSTRATION_MOTIFS,
  illustrationSvg,
  renderIllustration,
} from "../images"

const plum: IllustrationSpec = {
  motif: "fruit",
  palette: ["#f6efe4", "#7b2d5b", "#4f7a3a"],
  label: "Mận hậu Mộc Châu",
}

const size = { width: 640, height: 480 }

describe("illustrations", () => {
  // Rendering is real work (AVIF); give a loaded CI machine room.
  jest.setTimeout(60_000)

  it("renders WebP and AVIF at every requested width in 4:3", async () => {
    const image = await renderIllustration(plum)

    expect(image).toMatchObject({ width: 1280, height: 960 })
    expect(image.renditions.map((r) => [r.format, r.width, r.height])).toEqual([
      ["webp", 320, 240],
      ["avif", 320, 240],
      ["webp", 640, 480],
      ["avif", 640, 480],
      ["webp", 960, 720],
      ["avif", 960, 720],
      ["webp", 1280, 960],
      ["avif", 1280, 960],
    ])
    for (const rendition of image.renditions) {
      const meta = await sharp(rendition.buffer).metadata()
      // libvips reports AVIF as "heif" with the AV1 compression.
      if (rendition.format === "webp") {
        expect(meta.format).toBe("webp")
      } else {
        expect(meta).toMatchObject({ format: "heif", compression: "av1" })
      }
      expect(meta.width).toBe(rendition.width)
      expect(meta.height).toBe(rendition.height)
    }
  })

  it("honours custom widths and aspect", async () => {
    const image = await renderIllustration(
      { ...plum, motif: "mountain" },
      { widths: [480, 160], aspect: 16 / 9 }
    )

    expect(image).toMatchObject({ width: 480, height: 270 })
    expect(image.renditions.map((r) => [r.width, r.height])).toEqual([
      [160, 90],
      [160, 90],
      [480, 270],
      [480, 270],
    ])
    const largest = image.renditions[image.renditions.length - 1]
    const meta = await sharp(largest?.buffer).metadata()
    expect([meta.width, meta.height]).toEqual([480, 270])
  })

  it("escapes labels, including & and <", async () => {
    const spec = { ...plum, label: `Mật ong & <sáp> "ong" 'rừng'` }
    const svg = illustrationSvg(spec, size)

    expect(svg).toContain("Mật ong &amp; &lt;sáp&gt; &quot;ong&quot;")
    expect(svg).not.toContain("<sáp>")
    const image = await renderIllustration(spec, { widths: [320] })
    expect(image.renditions).toHaveLength(2)
  })

  it("is deterministic, and varies with the label", () => {
    const again = illustrationSvg({ ...plum, palette: [...plum.palette] }, size)
    const other = illustrationSvg(
      { ...plum, label: "Mận tam hoa Bắc Hà" },
      size
    )

    expect(illustrationSvg(plum, size)).toBe(again)
    expect(other).not.toBe(again)
    // Not just the caption: the drawing itself changes.
    const drawing = (svg: string) =>
      svg
        .replace(/<title>.*?<\/title>/, "")
        .replace(/<text[^>]*>.*?<\/text>/g, "")
    expect(drawing(other)).not.toBe(drawing(again))
  })

  it("says it is an illustration", () => {
    expect(illustrationSvg(plum, size)).toContain(">Minh hoạ</text>")
  })

  it.each([...ILLUSTRATION_MOTIFS, "something-new", "constructor"])(
    "renders the %s motif",
    async (motif) => {
      const spec = {
        motif,
        palette: ["#f3ead8", "#2f5f8a", "#c2452d"],
        label: `Thử ${motif}`,
      }
      const image = await renderIllustration(spec, { widths: [160] })
      const webp = image.renditions.find((r) => r.format === "webp")
      const meta = await sharp(webp?.buffer).metadata()
      expect([meta.format, meta.width, meta.height]).toEqual(["webp", 160, 120])
      // A drawing, not a blank: the picture has more than one colour.
      const stats = await sharp(webp?.buffer).stats()
      expect(stats.channels.some((c) => c.stdev > 10)).toBe(true)
    }
  )

  it("copes with a short or invalid palette", () => {
    expect(() =>
      illustrationSvg({ motif: "jar", palette: ["#fff"], label: "Rượu" }, size)
    ).not.toThrow()
    const svg = illustrationSvg(
      { motif: "jar", palette: ["red", "url(#x)"], label: "Rượu" },
      size
    )
    expect(svg).not.toContain("url(#x)")
  })
})
