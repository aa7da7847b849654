import pdfParse from "pdf-parse/lib/pdf-parse.js"

/**
 * The text of a PDF, page by page joined, for tests that read a label or slip back. Uses
 * pdf-parse's library entry point (its index file runs a self-test when loaded directly).
 */
export const pdfText = async (pdf: Buffer): Promise<string> =>
  (await pdfParse(pdf)).text
