import { detectDocumentType, documentFilename } from "../detect-document-type"

describe("detectDocumentType", () => {
  it("tells PDF, JPEG and PNG from their first bytes", () => {
    expect(detectDocumentType(Buffer.from("%PDF-1.7\n…", "latin1"))).toBe(
      "application/pdf"
    )
    expect(detectDocumentType(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0]))).toBe(
      "image/jpeg"
    )
    expect(
      detectDocumentType(Buffer.from("89504e470d0a1a0a0000000d", "hex"))
    ).toBe("image/png")
  })

  it("refuses anything else, however it is named", () => {
    expect(detectDocumentType(Buffer.from("Giấy phép số 123", "utf8"))).toBe(
      null
    )
    expect(detectDocumentType(Buffer.from(" %PDF-1.4", "latin1"))).toBe(null)
    expect(detectDocumentType(Buffer.from("RIFF\0\0\0\0WEBPVP8 "))).toBe(null)
    expect(detectDocumentType(Buffer.from("PK\u0003\u0004"))).toBe(null)
    expect(detectDocumentType(Buffer.alloc(0))).toBe(null)
  })
})

describe("documentFilename", () => {
  it("keeps the sender's name, with the extension the content calls for", () => {
    expect(documentFilename("Giấy chứng nhận.pdf", "application/pdf")).toBe(
      "Giấy chứng nhận.pdf"
    )
    expect(documentFilename("cmnd.pdf", "image/png")).toBe("cmnd.png")
    expect(documentFilename("so-ho-khau", "image/jpeg")).toBe("so-ho-khau.jpg")
  })

  it("drops folders, control characters and quotes, and names a nameless file", () => {
    expect(
      documentFilename("C:\\Users\\lan\\giay.pdf", "application/pdf")
    ).toBe("giay.pdf")
    expect(documentFilename('a"b\u0000c\u202e.pdf', "application/pdf")).toBe(
      "abc.pdf"
    )
    expect(documentFilename("", "image/png")).toBe("document.png")
    expect(documentFilename("x".repeat(500), "image/png")).toHaveLength(194)
  })
})
