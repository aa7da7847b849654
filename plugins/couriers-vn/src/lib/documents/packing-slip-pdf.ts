import { formatDong } from "./money"
import { mm, newPdf, pdfBytes } from "./pdf"

export type PackingSlipItem = {
  title: string
  variant_title: string | null
  quantity: number
}

/** What the cooperative packs for one order, on an A5 sheet that goes in the box. */
export type PackingSlip = {
  order_number: string
  cooperative_name: string
  buyer_name: string
  /** The delivery address on one line. */
  address: string
  items: PackingSlipItem[]
  /** The buyer's or the cooperative's notes, if any. */
  notes: string | null
  cod_amount: number
  tracking_number: string | null
}

const A5: [number, number] = [mm(148), mm(210)]
const MARGIN = mm(12)

/** An A5 packing slip: order number, buyer, each item with its variant and quantity, notes. */
export const renderPackingSlipPdf = (slip: PackingSlip): Promise<Buffer> => {
  const doc = newPdf({
    size: A5,
    margin: MARGIN,
    info: { Title: `Phiếu đóng gói ${slip.order_number}` },
  })
  return pdfBytes(doc, (pdf) => {
    pdf.addPage({ size: A5, margin: MARGIN })
    const width = A5[0] - 2 * MARGIN
    pdf
      .font("bold")
      .fontSize(15)
      .text(`Phiếu đóng gói / Packing slip`, { width })
    pdf.font("regular").fontSize(10)
    pdf.text(`Đơn hàng / Order: ${slip.order_number}`, { width })
    pdf.text(slip.cooperative_name, { width })
    if (slip.tracking_number) {
      pdf.text(`Mã vận đơn / Tracking: ${slip.tracking_number}`, { width })
    }
    pdf.moveDown(0.6)
    pdf.font("bold").text("Người nhận / Buyer", { width })
    pdf.font("regular").text(slip.buyer_name, { width })
    pdf.text(slip.address, { width })
    pdf.moveDown(0.6)
    const qtyWidth = mm(22)
    const top = pdf.y
    pdf
      .font("bold")
      .text("Sản phẩm / Item", MARGIN, top, { width: width - qtyWidth })
    pdf.text("SL / Qty", MARGIN + width - qtyWidth, top, {
      width: qtyWidth,
      align: "right",
    })
    pdf
      .moveTo(MARGIN, pdf.y + 2)
      .lineTo(MARGIN + width, pdf.y + 2)
      .lineWidth(0.5)
      .stroke()
    pdf.moveDown(0.4)
    for (const item of slip.items) {
      const rowTop = pdf.y
      pdf
        .font("regular")
        .text(
          item.variant_title
            ? `${item.title} – ${item.variant_title}`
            : item.title,
          MARGIN,
          rowTop,
          { width: width - qtyWidth - mm(2) }
        )
      const after = pdf.y
      pdf
        .font("bold")
        .text(String(item.quantity), MARGIN + width - qtyWidth, rowTop, {
          width: qtyWidth,
          align: "right",
        })
      pdf.y = Math.max(after, pdf.y) + 3
    }
    pdf.moveDown(0.6)
    pdf
      .font("regular")
      .text(
        slip.cod_amount > 0
          ? `Thu hộ khi giao / Cash on delivery: ${formatDong(slip.cod_amount)}`
          : "Đã thanh toán / Paid online",
        MARGIN,
        pdf.y,
        { width }
      )
    if (slip.notes) {
      pdf.moveDown(0.6)
      pdf.font("bold").text("Ghi chú / Notes", { width })
      pdf.font("regular").text(slip.notes, { width })
    }
  })
}
