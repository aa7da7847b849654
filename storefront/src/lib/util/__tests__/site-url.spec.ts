import { siteOrigin } from "../site-url"

describe("siteOrigin", () => {
  it("prefers STOREFRONT_URL, keeping only its origin", () => {
    expect(
      siteOrigin({
        configured: "https://chophien.vn/some/path",
        host: "internal:8000",
      })
    ).toBe("https://chophien.vn")
  })

  it("uses the forwarded host and protocol behind a proxy", () => {
    expect(
      siteOrigin({
        host: "storefront:8000",
        forwardedHost: "chophien.vn, proxy.local",
        forwardedProto: "https",
      })
    ).toBe("https://chophien.vn")
  })

  it("assumes HTTP on this machine and HTTPS elsewhere", () => {
    expect(siteOrigin({ host: "localhost:8700" })).toBe("http://localhost:8700")
    expect(siteOrigin({ host: "shop.example.vn" })).toBe(
      "https://shop.example.vn"
    )
  })

  it("ignores a configured value that is not a web address and gives up without a host", () => {
    expect(siteOrigin({ configured: "ftp://x", host: "127.0.0.1:3000" })).toBe(
      "http://127.0.0.1:3000"
    )
    expect(siteOrigin({})).toBeUndefined()
    expect(siteOrigin({ host: "bad host/" })).toBeUndefined()
  })
})
