/** Limits on registration documents; see SELLER_API.md. */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024
export const MAX_DOCUMENTS_PER_REQUEST = 5
export const MAX_DOCUMENTS_PER_COOPERATIVE = 10
export const DOCUMENTS_FIELD = "files"

export const DocumentMessages = {
  none: `Choose at least one document to send (form field "${DOCUMENTS_FIELD}").`,
  tooManyAtOnce: `Send at most ${MAX_DOCUMENTS_PER_REQUEST} documents at once.`,
  tooManyInAll: (existing: number): string =>
    `A cooperative can keep at most ${MAX_DOCUMENTS_PER_COOPERATIVE} documents and yours has ${existing}; delete some first.`,
  tooLarge: `A document is larger than ${MAX_DOCUMENT_BYTES / (1024 * 1024)} MB. Scan it again at a lower resolution or send a smaller file.`,
  wrongKind: (filename: string): string =>
    `"${filename}" is not a PDF, JPEG or PNG file. Send the document as a PDF or a photo.`,
  empty: (filename: string): string =>
    `"${filename}" is empty. Send the document again.`,
  wrongField: `Send the documents in the form field "${DOCUMENTS_FIELD}".`,
  malformed: "The upload could not be read. Send the documents again.",
} as const
