import { matchStatement, type RemittanceParcel } from "../match"
import type { StatementLine } from "../read-statement"

const parcel = (
  tracking: string,
  displayId: number,
  overrides: Partial<RemittanceParcel> = {}
): RemittanceParcel => ({
  shipment_id: `shpm_${tracking}`,
  tracking_number: tracking,
  order_id: `order_${displayId}`,
  display_id: displayId,
  cooperative_id: "coop_a",
  cod_amount: 150000,
  payment: "cod",
  collected: true,
  status: "delivered",
  remitted: false,
  ...overrides,
})

let row = 1
const line = (tracking: string, amount = 150000): StatementLine => ({
  line_number: ++row,
  tracking_number: tracking,
  amount,
  remitted_on: "2026-12-05",
})

beforeEach(() => {
  row = 1
})

describe("matching a statement against the parcels", () => {
  it("gives each line its outcome, expected amount and a sentence", () => {
    const parcels = [
      parcel("CP1VN", 11),
      parcel("CP2VN", 12),
      parcel("CP3VN", 13, { remitted: true }),
      parcel("CP4VN", 14, { collected: false, status: "in_transit" }),
      parcel("CP5VN", 15),
      parcel("CP6VN", 16, { collected: false, status: "returned" }),
      parcel("CP7VN", 17, {
        collected: false,
        payment: "online",
        cod_amount: 0,
      }),
    ]
    const result = matchStatement(
      [
        line("CP1VN"),
        line("XX9VN"),
        line("CP2VN", 140000),
        line("cp1vn"),
        line("CP3VN"),
        line("CP4VN"),
        line("CP5VN", 160000),
        line("CP6VN"),
        line("CP7VN", 0),
      ],
      parcels
    )
    expect(
      result.lines.map((l) => [
        l.line_number,
        l.outcome,
        l.expected_amount,
        l.display_id,
        l.detail,
      ])
    ).toEqual([
      [
        2,
        "matched",
        150000,
        11,
        "Order #11: 150.000 ₫ collected on delivery and paid over.",
      ],
      [
        3,
        "unknown_tracking_number",
        null,
        null,
        "No parcel of this courier has the tracking number XX9VN.",
      ],
      [
        4,
        "wrong_amount",
        150000,
        12,
        "The courier paid 140.000 ₫ for order #12, but 150.000 ₫ was collected on delivery (10.000 ₫ short).",
      ],
      [
        5,
        "duplicate",
        150000,
        11,
        "The parcel of order #11 is already on row 2 of this statement.",
      ],
      [
        6,
        "duplicate",
        150000,
        13,
        "The cash of order #13 was already paid over in an earlier statement.",
      ],
      [
        7,
        "not_collected",
        0,
        14,
        "No cash is collected for order #14 yet: the parcel is not delivered (in transit).",
      ],
      [
        8,
        "wrong_amount",
        150000,
        15,
        "The courier paid 160.000 ₫ for order #15, but 150.000 ₫ was collected on delivery (10.000 ₫ too much).",
      ],
      [
        9,
        "not_collected",
        0,
        16,
        "The parcel of order #16 was returned: no cash was collected for it.",
      ],
      [
        10,
        "not_collected",
        0,
        17,
        "Order #17 was paid online: the courier collected no cash for it.",
      ],
    ])
    expect(result.lines[0]).toMatchObject({
      shipment_id: "shpm_CP1VN",
      order_id: "order_11",
      cooperative_id: "coop_a",
    })
    expect(result).toMatchObject({
      lines_count: 9,
      matched_count: 1,
      mismatched_count: 8,
      amount_total: 150000 * 6 + 140000 + 160000,
      amount_matched: 150000,
    })
  })

  it("counts the first appearance of a parcel, whatever it was, for the later duplicates", () => {
    const result = matchStatement(
      [line("CP1VN", 1000), line("CP1VN")],
      [parcel("CP1VN", 11)]
    )
    expect(result.lines.map((l) => l.outcome)).toEqual([
      "wrong_amount",
      "duplicate",
    ])
    expect(result.matched_count).toBe(0)
  })
})
