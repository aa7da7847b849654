import {
  eventRefusal,
  formatWeight,
  isCourierEventStatus,
  isFinalShipmentStatus,
  readParcel,
  shipRefusal,
} from "../shipping"

describe("the parcel a member types", () => {
  it("reads the weight and sizes as whole numbers, dots and spaces included", () => {
    expect(
      readParcel({
        weight_g: "1.500",
        length_cm: "30",
        width_cm: " 20 ",
        height_cm: "12",
      })
    ).toEqual({
      parcel: { weight_g: 1500, length_cm: 30, width_cm: 20, height_cm: 12 },
      problems: {},
    })
  })

  it("leaves an empty size to the backend but needs the weight", () => {
    expect(readParcel({ weight_g: "", length_cm: "" })).toEqual({
      parcel: {},
      problems: { weight_g: { key: "required" } },
    })
  })

  it("names each number outside the courier's limits", () => {
    const { problems } = readParcel({
      weight_g: "60000",
      length_cm: "0",
      width_cm: "abc",
      height_cm: "201",
    })
    expect(problems).toEqual({
      weight_g: { key: "badNumber", min: 1, max: 50_000 },
      length_cm: { key: "badNumber", min: 1, max: 200 },
      width_cm: { key: "badNumber", min: 1, max: 200 },
      height_cm: { key: "badNumber", min: 1, max: 200 },
    })
  })
})

describe("what the page says when ready to ship fails", () => {
  it("puts a 400 about a field next to that field", () => {
    expect(
      shipRefusal(400, "weight_g must be from 1 to 50,000 grams.")
    ).toEqual({
      field: "weight_g",
      problem: { key: "badNumber", min: 1, max: 50_000 },
    })
    expect(shipRefusal(400, "Unknown field: colour.")).toEqual({
      key: "invalid",
      detail: "Unknown field: colour.",
    })
  })

  it("tells a cancelled order from one already with the courier", () => {
    expect(
      shipRefusal(409, "This order was cancelled, so there is nothing to ship.")
    ).toEqual({ key: "canceled" })
    expect(
      shipRefusal(
        409,
        "This order is already handed to the courier: every item has a parcel. Print its label again from the order."
      )
    ).toEqual({ key: "alreadyShipped" })
    expect(
      shipRefusal(
        409,
        "The order's delivery address has no commune, province or phone, so no courier can take it."
      )
    ).toEqual({ key: "noRecipientAddress" })
    expect(shipRefusal(409, "Something new.")).toEqual({
      key: "conflict",
      detail: "Something new.",
    })
  })

  it("keeps the courier's own reason for a 502, to retry after", () => {
    expect(
      shipRefusal(
        502,
        "GHN did not accept the parcel (Số điện thoại không hợp lệ). Nothing was sent; check the addresses and try again in a moment."
      )
    ).toEqual({ key: "courierError", detail: "Số điện thoại không hợp lệ" })
    expect(shipRefusal(502, "Bad gateway")).toEqual({ key: "courierError" })
    expect(shipRefusal(500, "boom")).toEqual({ key: "serverError" })
    expect(shipRefusal(404, "There is no order with id x.")).toEqual({
      key: "notFound",
    })
  })
})

describe("events recorded by hand", () => {
  it("knows the statuses a member may record, and when a parcel is done", () => {
    expect(isCourierEventStatus("delivered")).toBe(true)
    expect(isCourierEventStatus("ready")).toBe(false)
    expect(isCourierEventStatus("lost")).toBe(false)
    expect(isFinalShipmentStatus("returned")).toBe(true)
    expect(isFinalShipmentStatus("in_transit")).toBe(false)
  })

  it("explains the backend's refusals", () => {
    expect(
      eventRefusal(
        409,
        "The parcel CP000000125VN was already delivered; a returned event cannot apply to it."
      )
    ).toEqual({ key: "eventDelivered" })
    expect(
      eventRefusal(
        409,
        "The order of parcel CP000000125VN was cancelled; a delivered event cannot apply to it."
      )
    ).toEqual({ key: "eventCanceled" })
    expect(
      eventRefusal(
        400,
        "This parcel's courier reports its own events; only VNPost parcels (no courier API) are updated by hand."
      )
    ).toEqual({ key: "eventNotManual" })
    expect(eventRefusal(404, "This order has no parcel yet")).toEqual({
      key: "eventNoParcel",
    })
    expect(eventRefusal(503, "down")).toEqual({ key: "serverError" })
  })
})

describe("a parcel's weight as people say it", () => {
  it("uses grams under a kilogram and kilograms from there", () => {
    expect(formatWeight(850, "vi")).toBe("850 g")
    expect(formatWeight(1500, "vi")).toBe("1,5 kg")
    expect(formatWeight(1500, "en")).toBe("1.5 kg")
    expect(formatWeight(12_000, "en")).toBe("12 kg")
  })
})
