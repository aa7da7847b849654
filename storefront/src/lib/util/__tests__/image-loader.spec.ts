import { pickSource, renditionLoader } from "../image-loader"

const sources = [
  { width: 960, url: "/a-960.webp" },
  { width: 320, url: "/a-320.webp" },
  { width: 1280, url: "/a-1280.webp" },
  { width: 640, url: "/a-640.webp" },
]

describe("pickSource", () => {
  it.each([
    [1, 320],
    [320, 320],
    [321, 640],
    [640, 640],
    [750, 960],
    [960, 960],
    [1080, 1280],
    [1280, 1280],
  ])("answers a request for %dpx with the %dpx rendition", (asked, width) => {
    expect(pickSource(sources, asked)?.width).toBe(width)
  })

  it("answers with the widest rendition when more is asked than there is", () => {
    expect(pickSource(sources, 3840)?.url).toBe("/a-1280.webp")
  })

  it("has nothing to pick from an empty list", () => {
    expect(pickSource([], 640)).toBeUndefined()
  })
})

describe("renditionLoader", () => {
  it("is a next/image loader that returns the chosen URL", () => {
    const loader = renditionLoader(sources)
    expect(loader({ src: "/ignored", width: 500, quality: 75 })).toBe(
      "/a-640.webp"
    )
    expect(renditionLoader([])({ src: "/ignored", width: 500 })).toBe("")
  })
})
