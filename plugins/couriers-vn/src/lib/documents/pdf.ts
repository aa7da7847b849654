import PDFDocument from "pdfkit"

import { FONT_BOLD, FONT_REGULAR } from "./fonts"

export type Pdf = InstanceType<typeof PDFDocument>

/** A new PDF with the Vietnamese fonts registered as "regular" and "bold". */
export const newPdf = (options: PDFKit.PDFDocumentOptions): Pdf => {
  const doc = new PDFDocument({ ...options, autoFirstPage: false })
  doc.registerFont("regular", FONT_REGULAR)
  doc.registerFont("bold", FONT_BOLD)
  return doc
}

/** Runs `draw` on the document and resolves with the finished PDF's bytes. */
export const pdfBytes = (doc: Pdf, draw: (doc: Pdf) => void): Promise<Buffer> =>
  new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = []
    doc.on("data", (chunk: Buffer) => chunks.push(chunk))
    doc.on("end", () => resolve(Buffer.concat(chunks)))
    doc.on("error", reject)
    try {
      draw(doc)
      doc.end()
    } catch (error) {
      reject(error)
    }
  })

/** Millimetres to PDF points. */
export const mm = (value: number): number => (value * 72) / 25.4
