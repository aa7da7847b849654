import { toAsciiHandle } from "../product-handle"

describe("a product title as a handle shoppers can type", () => {
  it("drops Vietnamese accents and turns đ into d", () => {
    expect(toAsciiHandle("Táo mèo sấy khô")).toBe("tao-meo-say-kho")
    expect(toAsciiHandle("Đông trùng hạ thảo Đà Lạt")).toBe(
      "dong-trung-ha-thao-da-lat"
    )
    expect(toAsciiHandle("Miến dong Côn Minh (500 g)")).toBe(
      "mien-dong-con-minh-500-g"
    )
  })

  it("leaves room for a suffix and never ends on a hyphen", () => {
    const handle = toAsciiHandle(`${"Mật ong bạc hà ".repeat(20)}!`)
    expect(handle.length).toBeLessThanOrEqual(93)
    expect(handle).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  })

  it("gives nothing for a title without a letter or digit", () => {
    expect(toAsciiHandle("!!! ???")).toBe("")
  })
})
