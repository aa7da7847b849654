import { attachmentDisposition } from "../content-disposition"

describe("the label as a download", () => {
  it("keeps the backend's file name and makes it an attachment", () => {
    expect(
      attachmentDisposition(
        'inline; filename="nhan-CP000000125VN.pdf"',
        "nhan.pdf"
      )
    ).toBe('attachment; filename="nhan-CP000000125VN.pdf"')
  })

  it("falls back when the backend names nothing usable", () => {
    expect(attachmentDisposition(null, "nhan-order_1.pdf")).toBe(
      'attachment; filename="nhan-order_1.pdf"'
    )
    expect(
      attachmentDisposition('inline; filename="../../etc.pdf"', "nhan.pdf")
    ).toBe('attachment; filename="nhan.pdf"')
  })
})
