import QRCode from "qrcode"

/** A QR code as one SVG path: the size in modules and a path of 1×1 squares, one per dark module. */
export type QrPath = { size: number; d: string }

/**
 * Encodes `text` (medium error correction, enough for a printed label that gets scuffed) and
 * draws it as a path, so the page renders the code as plain SVG with no script or image request.
 */
export const qrPath = (text: string): QrPath => {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: "M" })
  const parts: string[] = []
  for (let row = 0; row < modules.size; row += 1) {
    for (let column = 0; column < modules.size; column += 1) {
      if (modules.get(row, column)) {
        parts.push(`M${column} ${row}h1v1h-1z`)
      }
    }
  }
  return { size: modules.size, d: parts.join("") }
}
