import type { CooperativeDocumentMimeType } from "../../modules/cooperative/types"

const PNG_SIGNATURE = Buffer.from("89504e470d0a1a0a", "hex")

/**
 * Tells a registration document's kind from its first bytes, whatever it is called or claims to
 * be: a PDF, a JPEG or a PNG. Returns null for anything else.
 */
export const detectDocumentType = (
  input: Buffer
): CooperativeDocumentMimeType | null => {
  if (input.length >= 5 && input.toString("latin1", 0, 5) === "%PDF-") {
    return "application/pdf"
  }
  if (
    input.length >= 3 &&
    input[0] === 0xff &&
    input[1] === 0xd8 &&
    input[2] === 0xff
  ) {
    return "image/jpeg"
  }
  if (input.length >= 8 && input.subarray(0, 8).equals(PNG_SIGNATURE)) {
    return "image/png"
  }
  return null
}

const EXTENSIONS: Record<CooperativeDocumentMimeType, string> = {
  "application/pdf": "pdf",
  "image/jpeg": "jpg",
  "image/png": "png",
}

/**
 * The name a document is listed under: the sender's own name without any folder, control
 * characters or extension that contradicts the content, at most 200 characters.
 */
export const documentFilename = (
  original: string,
  type: CooperativeDocumentMimeType
): string => {
  const base = (original.split(/[\\/]/).pop() ?? "")
    .normalize("NFC")
    .replace(/[\p{Cc}\p{Cf}"]/gu, "")
    .trim()
  const stem = base.replace(/\.[^.]{1,5}$/, "").slice(0, 190) || "document"
  return `${stem}.${EXTENSIONS[type]}`
}
