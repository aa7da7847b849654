import bwipjs from "bwip-js"
import QRCode from "qrcode"

import { formatDong, formatWeight } from "./money"
import { mm, newPdf, pdfBytes, type Pdf } from "./pdf"

export type LabelParty = {
  name: string
  phone: string
  /** House number and street, or the hamlet. */
  address: string
  /** The commune or ward's full name ("Xã Trạm Tấu", "Phường Ba Đình"). */
  commune: string
  /** The province's name ("Tỉnh Lào Cai"). */
  province: string
}

/** Everything an A6 parcel label prints. */
export type ParcelLabel = {
  /** The courier and service, e.g. "VNPost nhanh (EMS)". */
  courier: string
  tracking_number: string
  /** The order's number as buyers and sellers see it, e.g. "#1024". */
  order_number: string
  sender: LabelParty
  recipient: LabelParty
  weight_g: number
  /** The cash the courier collects, whole đồng; 0 when the buyer paid online. */
  cod_amount: number
}

const A6: [number, number] = [mm(105), mm(148)]
const MARGIN = mm(5)

const code128 = (text: string): Promise<Buffer> =>
  bwipjs.toBuffer({
    bcid: "code128",
    text,
    scale: 3,
    height: 14,
    includetext: false,
  })

const qrCode = (text: string): Promise<Buffer> =>
  QRCode.toBuffer(text, {
    type: "png",
    margin: 0,
    errorCorrectionLevel: "M",
    width: 240,
  })

const party = (
  doc: Pdf,
  heading: string,
  who: LabelParty,
  top: number,
  width: number
): number => {
  doc.font("bold").fontSize(7).text(heading, MARGIN, top, { width })
  doc.font("bold").fontSize(10).text(who.name, { width })
  doc.font("regular").fontSize(8.5)
  doc.text(`ĐT: ${who.phone}`, { width })
  doc.text(who.address, { width })
  doc.font("bold").text(`${who.commune}, ${who.province}`, { width })
  return doc.y
}

/**
 * An A6 (105 × 148 mm) label for one parcel: sender and recipient with their communes and
 * phones, weight, the cash to collect (or "Đã thanh toán" when paid online), the tracking number
 * as a Code 128 barcode, as a QR code and in text, and the order number.
 */
export const renderLabelPdf = async (label: ParcelLabel): Promise<Buffer> => {
  const [barcode, qr] = await Promise.all([
    code128(label.tracking_number),
    qrCode(label.tracking_number),
  ])
  const doc = newPdf({
    size: A6,
    margin: MARGIN,
    info: {
      Title: `Nhãn gửi hàng ${label.tracking_number}`,
      Subject: `Đơn hàng ${label.order_number}`,
    },
  })
  return pdfBytes(doc, (pdf) => {
    pdf.addPage({ size: A6, margin: MARGIN })
    const width = A6[0] - 2 * MARGIN
    pdf.font("bold").fontSize(11).text(label.courier, MARGIN, MARGIN, {
      width,
    })
    pdf.image(barcode, MARGIN, pdf.y + mm(1), { width, height: mm(16) })
    pdf.moveDown(0.2)
    pdf.y = MARGIN + mm(24)
    pdf.font("bold").fontSize(13).text(label.tracking_number, MARGIN, pdf.y, {
      width,
      align: "center",
      characterSpacing: 1,
    })
    const line = (y: number) =>
      pdf
        .moveTo(MARGIN, y)
        .lineTo(A6[0] - MARGIN, y)
        .lineWidth(0.5)
        .stroke()
    line(pdf.y + mm(1))
    const afterSender = party(
      pdf,
      "NGƯỜI GỬI / FROM",
      label.sender,
      pdf.y + mm(2),
      width
    )
    line(afterSender + mm(1))
    const afterRecipient = party(
      pdf,
      "NGƯỜI NHẬN / TO",
      label.recipient,
      afterSender + mm(2),
      width
    )
    line(afterRecipient + mm(1))
    const qrSize = mm(28)
    const infoTop = afterRecipient + mm(3)
    const infoWidth = width - qrSize - mm(3)
    pdf.font("regular").fontSize(8.5)
    pdf.text(`Đơn hàng / Order: ${label.order_number}`, MARGIN, infoTop, {
      width: infoWidth,
    })
    pdf.text(`Khối lượng / Weight: ${formatWeight(label.weight_g)}`, {
      width: infoWidth,
    })
    pdf.moveDown(0.3)
    pdf
      .font("bold")
      .fontSize(8)
      .text("THU HỘ (COD) / COLLECT", { width: infoWidth })
    pdf
      .font("bold")
      .fontSize(14)
      .text(
        label.cod_amount > 0 ? formatDong(label.cod_amount) : "Đã thanh toán",
        {
          width: infoWidth,
        }
      )
    pdf.image(qr, A6[0] - MARGIN - qrSize, infoTop, {
      width: qrSize,
      height: qrSize,
    })
  })
}
