import QRCode from "qrcode"

import { qrPath } from "../qr"

const URL_TEXT = "https://chophien.vn/en/products/tao-meo-say#origin"

describe("qrPath", () => {
  it("draws one square per dark module of the code", () => {
    const { size, d } = qrPath(URL_TEXT)
    const { modules } = QRCode.create(URL_TEXT, { errorCorrectionLevel: "M" })
    expect(size).toBe(modules.size)
    const dark = Array.from(modules.data).filter(Boolean).length
    expect(d.match(/M\d+ \d+h1v1h-1z/g)).toHaveLength(dark)
  })

  it("starts with the top-left finder pattern", () => {
    expect(qrPath(URL_TEXT).d.startsWith("M0 0h1v1h-1zM1 0h1v1h-1z")).toBe(true)
  })
})
