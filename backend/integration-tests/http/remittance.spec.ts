import { addCooperativeMemberWorkflow } from "@cho-phien/cooperative-seller/workflows"
import {
  COURIER_SHIPMENTS_MODULE,
  type CourierShipmentsModuleService,
} from "@cho-phien/couriers-vn/modules/courier-shipments"
import {
  DEMO_OPERATOR_EMAIL,
  DEMO_PASSWORD,
  seedDemoOperator,
} from "@cho-phien/seed"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"

import type { PlacedOrder } from "../helpers/checkout-fixtures"
import {
  type Headers,
  setUpShippingShop,
  type ShippingShop,
  signInAs,
} from "../helpers/shipping-fixtures"

jest.setTimeout(300 * 1000)

type Response<T> = { status: number; data: T }
type Api = {
  get: <T>(url: string, config?: object) => Promise<Response<T>>
  post: <T>(url: string, body?: object, config?: object) => Promise<Response<T>>
}
type Problem = {
  type?: string
  message: string
  errors?: { row: number | null; column: string | null; message: string }[]
}
type Line = {
  id: string
  remittance_id: string
  line_number: number
  tracking_number: string
  amount: number
  remitted_on: string
  outcome: string
  detail: string
  expected_amount: number | null
  order_id: string | null
  display_id: number | null
  cooperative_id: string | null
  resolved_at: string | null
  resolved_by: string | null
  resolution_note: string | null
}
type Remittance = {
  id: string
  provider: string
  file_name: string | null
  imported_at: string
  imported_by: string | null
  lines_count: number
  matched_count: number
  mismatched_count: number
  amount_total: number
  amount_matched: number
  lines?: Line[]
}
type CodSummary = {
  collected: { amount: number; parcels: number }
  remitted: { amount: number; parcels: number }
  outstanding: { amount: number; parcels: number }
  shipments: {
    order_id: string
    display_id: number
    tracking_number: string
    provider_id: string
    cod_amount: number
    collected_at: string
    remitted_at: string | null
    remitted_amount: number | null
  }[]
  count: number
}
type Parcel = PlacedOrder & { tracking_number: string }

const SECRET = "vnpost-webhook-secret-2026"
const quiet = { info: () => undefined }
const OTHER_SELLER_EMAIL = "moc-chau@seller.example.vn"
const HEADER = "tracking_number,amount,remitted_on"

/**
 * COD remittance over HTTP: real checkout orders shipped with the table courier, some delivered
 * through the courier's webhook (which captures their cash-on-delivery payment), then the
 * courier's statements imported by the operator, and each cooperative's view of its cash.
 */
medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api: rawApi, getContainer }) => {
    const api = rawApi as Api
    let shop: ShippingShop
    let seller: Headers
    let otherSeller: Headers
    let operator: Headers
    const courier = { headers: { "x-courier-secret": SECRET } }

    const send = <T>(call: Promise<Response<T>>) =>
      call.catch(
        (error: { response: Response<Problem> }) => error.response
      ) as Promise<Response<T | Problem>>

    beforeAll(async () => {
      process.env.COURIER_WEBHOOK_SECRET_VNPOST = SECRET
      const container = getContainer()
      shop = await setUpShippingShop(api, container, "10.8.3.1")
      seller = shop.seller
      await seedDemoOperator(container, { logger: quiet })
      // A member of the other cooperative, HTX Mộc Châu.
      const { data: cooperatives } = await container
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({
          entity: "cooperative",
          fields: ["id"],
          filters: { handle: "htx-moc-chau" },
        })
      const { authIdentity } = await container
        .resolve(Modules.AUTH)
        .register("emailpass", {
          body: { email: OTHER_SELLER_EMAIL, password: DEMO_PASSWORD },
        })
      await addCooperativeMemberWorkflow(container).run({
        input: {
          auth_identity_id: authIdentity?.id as string,
          member: {
            cooperative_id: (cooperatives[0] as { id: string }).id,
            email: OTHER_SELLER_EMAIL,
            name: "Lò Văn Páo",
            role: "owner",
          },
        },
      })
      otherSeller = await signInAs(
        api,
        "/auth/seller/emailpass",
        OTHER_SELLER_EMAIL,
        "10.8.3.2"
      )
      operator = await signInAs(
        api,
        "/auth/user/emailpass",
        DEMO_OPERATOR_EMAIL,
        "10.8.3.3"
      )
    })

    /** A cash-on-delivery order through the real checkout, handed to the table courier. */
    const shipped = async (
      handle = "tao-meo-ocop",
      by: Headers = seller
    ): Promise<Parcel> => {
      const placed = await shop.order(handle)
      const { data } = await api.post<{
        fulfillment: { tracking_number: string }
      }>(`/seller/orders/${placed.id}/ship`, {}, by)
      return { ...placed, tracking_number: data.fulfillment.tracking_number }
    }

    let serial = 0
    /** The courier reports the parcel delivered: Medusa captures the COD payment. */
    const deliver = async (parcel: Parcel) => {
      const { status } = await api.post(
        "/hooks/couriers/vnpost-table",
        {
          event_id: `vnp-remit-${++serial}`,
          tracking_number: parcel.tracking_number,
          status: "delivered",
          occurred_at: "2026-12-03T09:00:00Z",
          cod_collected: parcel.cod_amount,
        },
        courier
      )
      expect(status).toBe(200)
    }

    const importStatement = (
      csv: string,
      extra: Record<string, unknown> = {},
      as: Headers = operator
    ) =>
      send(
        api.post<{ remittance: Remittance }>(
          "/admin/courier-remittances",
          { provider: "vnpost-table", csv, ...extra },
          as
        )
      )

    const shipmentOf = async (tracking: string) => {
      const [shipment] = await getContainer()
        .resolve<CourierShipmentsModuleService>(COURIER_SHIPMENTS_MODULE)
        .listShipments({ tracking_number: tracking })
      return shipment
    }

    const resolveLine = (id: string, body: object) =>
      send(
        api.post<{ line: Line }>(
          `/admin/courier-remittances/lines/${id}/resolve`,
          body,
          operator
        )
      )

    it("imports statements with every kind of line, marks the matched parcels and lists the mismatches to follow up", async () => {
      const first = await shipped()
      const second = await shipped()
      const third = await shipped()
      const fourth = await shipped()
      await deliver(first)
      await deliver(second)
      await deliver(third)
      const cod = first.cod_amount
      expect(cod).toBeGreaterThan(0)

      // The first statement pays the first parcel.
      const earlier = await importStatement(
        `${HEADER}\n${first.tracking_number},${cod},2026-12-04\n`,
        { file_name: "vnpost-2026-12-04.csv" }
      )
      expect(earlier.status).toBe(201)
      expect(
        (earlier.data as { remittance: Remittance }).remittance
      ).toMatchObject({
        provider: "vnpost-table",
        file_name: "vnpost-2026-12-04.csv",
        lines_count: 1,
        matched_count: 1,
        mismatched_count: 0,
        amount_total: cod,
        amount_matched: cod,
      })

      // The second, in a Vietnamese spreadsheet's format: semicolons, dotted thousands, D/M/Y.
      const dotted = (amount: number) =>
        amount.toLocaleString("de-DE", { useGrouping: true })
      const statement = [
        "\uFEFFMã vận đơn;Số tiền;Ngày;Ghi chú",
        `${second.tracking_number.toLowerCase()};${dotted(cod)};05/12/2026;`,
        `CP999999990VN;${dotted(cod)};05/12/2026;không rõ`,
        `${third.tracking_number};${dotted(cod - 10_000)};05/12/2026;`,
        `${second.tracking_number};${dotted(cod)};05/12/2026;gửi lại`,
        `${first.tracking_number};${dotted(cod)};05/12/2026;`,
        `${fourth.tracking_number};${dotted(cod)};05/12/2026;`,
      ].join("\r\n")
      const imported = await importStatement(statement)
      expect(imported.status).toBe(201)
      const remittance = (imported.data as { remittance: Remittance })
        .remittance
      expect(remittance).toMatchObject({
        provider: "vnpost-table",
        file_name: null,
        lines_count: 6,
        matched_count: 1,
        mismatched_count: 5,
        amount_total: 5 * cod + (cod - 10_000),
        amount_matched: cod,
      })
      expect(remittance.imported_by).toMatch(/^user_/)
      const lines = remittance.lines as Line[]
      expect(
        lines.map((line) => [
          line.line_number,
          line.tracking_number,
          line.outcome,
          line.expected_amount,
          line.display_id,
        ])
      ).toEqual([
        [2, second.tracking_number, "matched", cod, second.display_id],
        [3, "CP999999990VN", "unknown_tracking_number", null, null],
        [4, third.tracking_number, "wrong_amount", cod, third.display_id],
        [5, second.tracking_number, "duplicate", cod, second.display_id],
        [6, first.tracking_number, "duplicate", cod, first.display_id],
        [7, fourth.tracking_number, "not_collected", 0, fourth.display_id],
      ])
      expect(lines[0]).toMatchObject({
        amount: cod,
        remitted_on: "2026-12-05",
        order_id: second.id,
        cooperative_id: expect.any(String),
        resolved_at: null,
      })
      expect(lines[2]?.detail).toBe(
        `The courier paid ${dotted(cod - 10_000)} ₫ for order #${third.display_id}, but ${dotted(cod)} ₫ was collected on delivery (10.000 ₫ short).`
      )
      expect(lines[3]?.detail).toBe(
        `The parcel of order #${second.display_id} is already on row 2 of this statement.`
      )
      expect(lines[4]?.detail).toBe(
        `The cash of order #${first.display_id} was already paid over in an earlier statement.`
      )
      expect(lines[5]?.detail).toMatch(/is not delivered/)

      // The matched parcel is marked with its line; the wrong amount is not.
      const paid = await shipmentOf(second.tracking_number)
      expect(paid?.remitted_at).not.toBeNull()
      expect(paid?.remitted_amount).toBe(cod)
      expect(paid?.remittance_line_id).toBe(lines[0]?.id)
      expect((await shipmentOf(third.tracking_number))?.remitted_at).toBeNull()
      expect(
        (await shipmentOf(first.tracking_number))?.remittance_line_id
      ).toBe(
        (earlier.data as { remittance: Remittance }).remittance.lines?.[0]?.id
      )

      const { data: listed } = await api.get<{
        remittances: Remittance[]
        count: number
      }>("/admin/courier-remittances?limit=10", operator)
      expect(listed.count).toBe(2)
      expect(listed.remittances.map((r) => r.id)).toEqual([
        remittance.id,
        (earlier.data as { remittance: Remittance }).remittance.id,
      ])
      expect(listed.remittances[0]).not.toHaveProperty("lines")
      expect(listed.remittances[0]?.amount_total).toBe(5 * cod + cod - 10_000)

      const { data: one } = await api.get<{ remittance: Remittance }>(
        `/admin/courier-remittances/${remittance.id}`,
        operator
      )
      expect(one.remittance.lines?.map((line) => line.outcome)).toEqual(
        lines.map((line) => line.outcome)
      )
      const missing = await send(
        api.get("/admin/courier-remittances/crem_nothing", operator)
      )
      expect(missing.status).toBe(404)

      // The mismatches to follow up, across imports.
      const open = await api.get<{ lines: Line[]; count: number }>(
        "/admin/courier-remittances/mismatches",
        operator
      )
      expect(open.data.count).toBe(5)
      expect(open.data.lines.map((line) => line.line_number)).toEqual([
        3, 4, 5, 6, 7,
      ])

      const wrong = lines[2] as Line
      const resolved = await resolveLine(wrong.id, {
        note: "  VNPost trả thêm 10.000 ₫ ở bảng kê sau.  ",
      })
      expect(resolved.status).toBe(200)
      expect((resolved.data as { line: Line }).line).toMatchObject({
        id: wrong.id,
        outcome: "wrong_amount",
        resolution_note: "VNPost trả thêm 10.000 ₫ ở bảng kê sau.",
        resolved_by: expect.stringMatching(/^user_/),
        resolved_at: expect.any(String),
      })
      const stillOpen = await api.get<{ lines: Line[]; count: number }>(
        "/admin/courier-remittances/mismatches?resolved=false",
        operator
      )
      expect(stillOpen.data.count).toBe(4)
      expect(stillOpen.data.lines.map((line) => line.id)).not.toContain(
        wrong.id
      )
      const done = await api.get<{ lines: Line[]; count: number }>(
        "/admin/courier-remittances/mismatches?resolved=true",
        operator
      )
      expect(done.data.lines.map((line) => line.id)).toEqual([wrong.id])

      const matched = await resolveLine(lines[0]?.id as string, {
        note: "Đã đối soát",
      })
      expect(matched.status).toBe(409)
      expect(matched.data).toEqual({
        type: "conflict",
        message: `Line 2 (${second.tracking_number}) matched its parcel: there is nothing to follow up.`,
      })
      const empty = await resolveLine(wrong.id, { note: "   " })
      expect(empty.status).toBe(400)
      expect((empty.data as Problem).message).toBe(
        "note is required: say how the mismatch was followed up (1 to 500 characters)."
      )
      const extra = await resolveLine(wrong.id, { note: "ok", by: "me" })
      expect((extra.data as Problem).message).toBe("Unknown field: by.")
      const unknown = await resolveLine("creml_nothing", { note: "ok" })
      expect(unknown.status).toBe(404)
    })

    it("refuses a statement it cannot read, listing each bad row and column, and stores nothing", async () => {
      const parcel = await shipped()
      await deliver(parcel)
      const bad = await importStatement(
        [
          HEADER,
          `${parcel.tracking_number},${parcel.cod_amount},2026-12-05`,
          "CP000000001VN,một trăm,2026-12-05",
          "CP000000002VN,150000,31/02/2026",
        ].join("\n")
      )
      expect(bad.status).toBe(400)
      const problem = bad.data as Problem
      expect(problem.type).toBe("invalid_data")
      expect(problem.errors).toEqual([
        {
          row: 3,
          column: "amount",
          message:
            '"một trăm" is not an amount in whole đồng (150000, 150.000 or 150,000).',
        },
        {
          row: 4,
          column: "remitted_on",
          message: '"31/02/2026" is not a date (YYYY-MM-DD or DD/MM/YYYY).',
        },
      ])
      expect(problem.message).toBe(
        'The statement cannot be imported; nothing was stored. row 3, amount: "một trăm" is not an amount in whole đồng (150000, 150.000 or 150,000). row 4, remitted_on: "31/02/2026" is not a date (YYYY-MM-DD or DD/MM/YYYY).'
      )
      const noColumn = await importStatement(
        `tracking_number,amount\n${parcel.tracking_number},1000`
      )
      expect(noColumn.status).toBe(400)
      expect((noColumn.data as Problem).errors).toEqual([
        {
          row: 1,
          column: "remitted_on",
          message: "the column remitted_on is missing from the header row.",
        },
      ])
      const { data: listed } = await api.get<{ count: number }>(
        "/admin/courier-remittances",
        operator
      )
      expect(listed.count).toBe(0)
      expect((await shipmentOf(parcel.tracking_number))?.remitted_at).toBeNull()

      const unknownField = await importStatement(`${HEADER}\n`, {
        colour: "red",
      })
      expect(unknownField.status).toBe(400)
      expect((unknownField.data as Problem).message).toBe(
        "Unknown field: colour."
      )
      const courierName = await importStatement(`${HEADER}\n`, {
        provider: "viettel-post",
      })
      expect((courierName.data as Problem).message).toBe(
        "provider is one of vnpost-table, ghn: the courier that sent the statement."
      )
      const noCsv = await send(
        api.post("/admin/courier-remittances", { provider: "ghn" }, operator)
      )
      expect(noCsv.status).toBe(400)
      const badPage = await send(
        api.get(
          "/admin/courier-remittances/mismatches?resolved=maybe",
          operator
        )
      )
      expect(badPage.status).toBe(400)

      const anonymous = await importStatement(
        `${HEADER}\n${parcel.tracking_number},${parcel.cod_amount},2026-12-05`,
        {},
        { headers: {} }
      )
      expect(anonymous.status).toBe(401)
      const asSeller = await importStatement(
        `${HEADER}\n${parcel.tracking_number},${parcel.cod_amount},2026-12-05`,
        {},
        seller
      )
      expect(asSeller.status).toBe(401)
      expect((await shipmentOf(parcel.tracking_number))?.remitted_at).toBeNull()
    })

    it("counts a parcel's cash once when two statements for it are imported at the same time", async () => {
      const parcel = await shipped()
      await deliver(parcel)
      const csv = `${HEADER}\n${parcel.tracking_number},${parcel.cod_amount},2026-12-05`
      const both = await Promise.all([
        importStatement(csv),
        importStatement(csv),
      ])
      expect(both.map((r) => r.status)).toEqual([201, 201])
      const lines = both.map(
        (r) => (r.data as { remittance: Remittance }).remittance.lines?.[0]
      )
      expect(lines.map((line) => line?.outcome).sort()).toEqual([
        "duplicate",
        "matched",
      ])
      const matched = lines.find((line) => line?.outcome === "matched")
      expect(
        (await shipmentOf(parcel.tracking_number))?.remittance_line_id
      ).toBe(matched?.id)
    })

    it("takes a statement of 10,000 lines, and refuses one more", async () => {
      const rows = (count: number) =>
        Array.from(
          { length: count },
          (_, i) => `CP${String(i).padStart(8, "0")}0XX,150000,2026-12-05`
        )
      const full = await importStatement([HEADER, ...rows(10_000)].join("\n"))
      expect(full.status).toBe(201)
      const remittance = (full.data as { remittance: Remittance }).remittance
      expect(remittance).toMatchObject({
        lines_count: 10_000,
        matched_count: 0,
        mismatched_count: 10_000,
        amount_total: 1_500_000_000,
        amount_matched: 0,
      })
      expect(remittance.lines).toHaveLength(10_000)
      expect(remittance.lines?.[9_999]?.line_number).toBe(10_001)

      const over = await importStatement([HEADER, ...rows(10_001)].join("\n"))
      expect(over.status).toBe(400)
      expect((over.data as Problem).message).toBe(
        "The statement cannot be imported; nothing was stored. The file has 10,001 parcel lines; one import takes at most 10,000. Split it into smaller files."
      )
    })

    it("shows each cooperative the cash collected for its own parcels, what was paid over and what is still owed", async () => {
      const remitted = await shipped()
      const owed = await shipped()
      const onTheRoad = await shipped()
      const theirs = await shipped("dau-tay-moc-chau", otherSeller)
      await deliver(remitted)
      await deliver(owed)
      await deliver(theirs)
      const imported = await importStatement(
        [
          HEADER,
          `${remitted.tracking_number},${remitted.cod_amount},2026-12-05`,
          `${theirs.tracking_number},${theirs.cod_amount},2026-12-05`,
        ].join("\n")
      )
      expect(imported.status).toBe(201)

      const ours = await api.get<CodSummary>("/seller/cod-summary", seller)
      expect(ours.status).toBe(200)
      expect(ours.data).toMatchObject({
        collected: {
          amount: remitted.cod_amount + owed.cod_amount,
          parcels: 2,
        },
        remitted: { amount: remitted.cod_amount, parcels: 1 },
        outstanding: { amount: owed.cod_amount, parcels: 1 },
        count: 2,
      })
      const byTracking = new Map(
        ours.data.shipments.map((row) => [row.tracking_number, row])
      )
      expect([...byTracking.keys()].sort()).toEqual(
        [remitted.tracking_number, owed.tracking_number].sort()
      )
      expect(byTracking.get(remitted.tracking_number)).toMatchObject({
        order_id: remitted.id,
        display_id: remitted.display_id,
        provider_id: "vnpost-table_vnpost-table",
        cod_amount: remitted.cod_amount,
        collected_at: expect.any(String),
        remitted_at: expect.any(String),
        remitted_amount: remitted.cod_amount,
      })
      expect(byTracking.get(owed.tracking_number)).toMatchObject({
        remitted_at: null,
        remitted_amount: null,
      })
      expect(byTracking.has(onTheRoad.tracking_number)).toBe(false)

      const paged = await api.get<CodSummary>(
        "/seller/cod-summary?limit=1&offset=1",
        seller
      )
      expect(paged.data.shipments).toHaveLength(1)
      expect(paged.data.count).toBe(2)

      const other = await api.get<CodSummary>(
        "/seller/cod-summary",
        otherSeller
      )
      expect(other.data).toMatchObject({
        collected: { amount: theirs.cod_amount, parcels: 1 },
        remitted: { amount: theirs.cod_amount, parcels: 1 },
        outstanding: { amount: 0, parcels: 0 },
        count: 1,
      })
      expect(other.data.shipments.map((row) => row.tracking_number)).toEqual([
        theirs.tracking_number,
      ])

      const bad = await send(api.get("/seller/cod-summary?limit=500", seller))
      expect(bad.status).toBe(400)
      expect((bad.data as Problem).message).toBe("limit must be from 1 to 50.")
      const anonymous = await send(api.get("/seller/cod-summary"))
      expect(anonymous.status).toBe(401)
    })
  },
})
