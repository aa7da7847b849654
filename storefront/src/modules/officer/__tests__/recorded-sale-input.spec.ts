import { readRecordedSale } from "../recorded-sale-input"

const form = (entries: Record<string, string>): FormData => {
  const data = new FormData()
  for (const [name, value] of Object.entries(entries)) {
    data.append(name, value)
  }
  return data
}

describe("readRecordedSale", () => {
  it("reads a month for a 2025 commune, đồng written with dots", () => {
    expect(
      readRecordedSale(
        form({
          month: "2024-03",
          commune_code: "04606",
          code_kind: "new",
          sales_value: "15.000.000",
          cooperative: "htx-son-tra-tram-tau",
          note: " Sổ bán hàng ",
        })
      )
    ).toEqual({
      fields: {
        month: "2024-03",
        communeCode: "04606",
        codeKind: "new",
        salesValue: 15_000_000,
        cooperativeHandle: "htx-son-tra-tram-tau",
        note: "Sổ bán hàng",
      },
    })
  })

  it("names each field that is missing or wrong", () => {
    expect(
      readRecordedSale(
        form({
          month: "2024-13",
          commune_code: "4606",
          sales_value: "",
          cooperative: "HTX Sơn tra",
        })
      )
    ).toEqual({
      errors: {
        month: "badMonth",
        commune_code: "badCode",
        sales_value: "required",
        cooperative: "badHandle",
      },
    })
    expect(
      readRecordedSale(
        form({ month: "", commune_code: "", sales_value: "15,5" })
      )
    ).toEqual({
      errors: {
        month: "required",
        commune_code: "required",
        sales_value: "badAmount",
      },
    })
  })

  it("takes the shares of an old commune's 2025 communes, decimal commas too", () => {
    expect(
      readRecordedSale(
        form({
          month: "2024-03",
          commune_code: "04270",
          code_kind: "old",
          sales_value: "9000000",
          "share.04261": "60",
          "share.04264": "33,5",
        })
      )
    ).toEqual({
      fields: {
        month: "2024-03",
        communeCode: "04270",
        codeKind: "old",
        salesValue: 9_000_000,
        shares: { "04261": 60, "04264": 33.5 },
      },
    })
  })

  it("refuses a share that is not a number and shares that are all 0", () => {
    expect(
      readRecordedSale(
        form({
          month: "2024-03",
          commune_code: "04270",
          code_kind: "old",
          sales_value: "9000000",
          "share.04261": "sáu mươi",
        })
      )
    ).toEqual({ errors: { "share.04261": "badShare" } })
    expect(
      readRecordedSale(
        form({
          month: "2024-03",
          commune_code: "04270",
          code_kind: "old",
          sales_value: "9000000",
          "share.04261": "0",
          "share.04264": "0",
        })
      )
    ).toEqual({ errors: { shares: "noShare" } })
  })

  it("leaves out a commune given 0, so it gets nothing", () => {
    expect(
      readRecordedSale(
        form({
          month: "2024-03",
          commune_code: "04270",
          code_kind: "old",
          sales_value: "9000000",
          "share.04261": "100",
          "share.04264": "0",
        })
      )
    ).toMatchObject({ fields: { shares: { "04261": 100 } } })
  })

  it("refuses a row above the backend's 2,000,000,000 đồng", () => {
    expect(
      readRecordedSale(
        form({
          month: "2024-03",
          commune_code: "04606",
          sales_value: "2.000.000.001",
        })
      )
    ).toEqual({ errors: { sales_value: "badAmount" } })
  })

  it("ignores shares sent with a new code", () => {
    const read = readRecordedSale(
      form({
        month: "2024-03",
        commune_code: "04606",
        code_kind: "new",
        sales_value: "1",
        "share.04261": "60",
      })
    )
    expect(read).toEqual({
      fields: {
        month: "2024-03",
        communeCode: "04606",
        codeKind: "new",
        salesValue: 1,
      },
    })
  })
})
