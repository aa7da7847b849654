import { renderLabelPdf, type ParcelLabel } from "../label-pdf"
import { formatDong, formatWeight } from "../money"
import { renderPackingSlipPdf } from "../packing-slip-pdf"
import { pdfText } from "../pdf-text"

const label: ParcelLabel = {
  courier: "VNPost nhanh (EMS)",
  tracking_number: "EE123456785VN",
  order_number: "#1024",
  sender: {
    name: "HTX Nông sản Trạm Tấu",
    phone: "0912000111",
    address: "Thôn Một",
    commune: "Xã Trạm Tấu",
    province: "Tỉnh Lào Cai",
  },
  recipient: {
    name: "Nguyễn Thị Lan",
    phone: "0912345678",
    address: "Số 12 phố Đội Cấn",
    commune: "Phường Ba Đình",
    province: "Thành phố Hà Nội",
  },
  weight_g: 1100,
  cod_amount: 150000,
}

/** The text read back, with the whitespace pdf.js puts between glyph runs squeezed. */
const readBack = async (pdf: Buffer) =>
  (await pdfText(pdf)).replace(/\s+/g, " ")

describe("parcel documents", () => {
  it("formats money and weights as Vietnamese labels print them", () => {
    expect(formatDong(150000)).toBe("150.000 ₫")
    expect(formatDong(1234567)).toBe("1.234.567 ₫")
    expect(formatDong(0)).toBe("0 ₫")
    expect(formatWeight(1100)).toBe("1,1 kg")
    expect(formatWeight(550)).toBe("550 g")
  })

  it("renders an A6 label whose text has the tracking number, the cash to collect and both communes", async () => {
    const pdf = await renderLabelPdf(label)
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-")
    // A6 is 105 × 148 mm: 297.64 × 419.53 points.
    expect(pdf.toString("latin1")).toMatch(
      /\/MediaBox \[0 0 297\.6\d* 419\.5\d*\]/
    )
    const text = await readBack(pdf)
    expect(text).toContain("EE123456785VN")
    expect(text).toContain("150.000 ₫")
    expect(text).toContain("Xã Trạm Tấu, Tỉnh Lào Cai")
    expect(text).toContain("Phường Ba Đình, Thành phố Hà Nội")
    expect(text).toContain("HTX Nông sản Trạm Tấu")
    expect(text).toContain("Nguyễn Thị Lan")
    expect(text).toContain("0912345678")
    expect(text).toContain("1,1 kg")
    expect(text).toContain("#1024")
  })

  it("says the parcel is paid when the buyer paid online", async () => {
    const text = await readBack(
      await renderLabelPdf({ ...label, cod_amount: 0 })
    )
    expect(text).toContain("Đã thanh toán")
    expect(text).not.toContain("₫")
  })

  it("renders a packing slip with each item, its variant and quantity, the buyer and the notes", async () => {
    const pdf = await renderPackingSlipPdf({
      order_number: "#1024",
      cooperative_name: "HTX Nông sản Trạm Tấu",
      buyer_name: "Nguyễn Thị Lan",
      address: "Số 12 phố Đội Cấn, Phường Ba Đình, Thành phố Hà Nội",
      items: [
        { title: "Táo mèo sấy", variant_title: "Túi 500 g", quantity: 2 },
        { title: "Nếp Tú Lệ", variant_title: null, quantity: 1 },
      ],
      notes: "Giao giờ hành chính",
      cod_amount: 150000,
      tracking_number: "EE123456785VN",
    })
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-")
    const text = await readBack(pdf)
    expect(text).toContain("Táo mèo sấy – Túi 500 g")
    expect(text).toContain("Nếp Tú Lệ")
    expect(text).toContain("#1024")
    expect(text).toContain("Nguyễn Thị Lan")
    expect(text).toContain("Giao giờ hành chính")
    expect(text).toContain("150.000 ₫")
  })
})
