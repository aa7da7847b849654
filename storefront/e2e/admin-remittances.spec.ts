import { type APIRequestContext, expect, test } from "@playwright/test"

import { formatVnd } from "../src/lib/util/money"
import {
  backend,
  DEMO_COOPERATIVE,
  orderByApi,
  recordEventsByApi,
  shipByApi,
} from "./store-api"
import { signInToAdmin } from "./support"

// The courier pays over the cash it collected on delivery with a statement; the operator imports
// it in Medusa's admin (Remittances), sees which lines matched a parcel and which did not, and
// marks a mismatch followed up.

/** A guest's cash-on-delivery order from the demo cooperative, shipped, and delivered if asked. */
const codParcel = async (
  request: APIRequestContext,
  delivered: boolean
): Promise<{
  order_id: string
  tracking_number: string
  cod_amount: number
}> => {
  const order = await orderByApi(request, {
    email: "khach.doi-soat@buyer.example.vn",
    cooperative: DEMO_COOPERATIVE,
  })
  expect(order.cod_amount).toBeGreaterThan(0)
  const trackingNumber = await shipByApi(request, order.id)
  if (delivered) {
    await recordEventsByApi(request, order.id, ["delivered"])
  }
  return {
    order_id: order.id,
    tracking_number: trackingNumber,
    cod_amount: order.cod_amount,
  }
}

test("the operator imports a VNPost statement, sees each line's outcome and follows up a mismatch", async ({
  page,
  request,
}) => {
  const parcel = await codParcel(request, true)
  const shortPaid = await codParcel(request, true)
  const onTheWay = await codParcel(request, false)
  const unknown = `CPX${Date.now().toString(36).toUpperCase()}VN`
  const fileName = `doi-soat-${Date.now().toString(36)}.csv`

  await signInToAdmin(page)
  await page.getByRole("link", { name: "Remittances" }).click()
  await expect(
    page.getByRole("heading", { name: "Courier remittances" })
  ).toBeVisible()

  // The example is there to download, with the columns the import reads.
  const download = page.waitForEvent("download")
  await page.getByRole("link", { name: "Download an example CSV" }).click()
  const example = await (await download).createReadStream()
  const chunks: Buffer[] = []
  for await (const chunk of example) {
    chunks.push(Buffer.from(chunk as Buffer))
  }
  expect(Buffer.concat(chunks).toString("utf8")).toContain(
    "tracking_number,amount,remitted_on"
  )

  await page.getByRole("combobox", { name: "Courier" }).click()
  await page.getByRole("option", { name: "VNPost" }).click()

  // A file with a bad amount and a bad date is refused, each bad row named, nothing stored.
  await page.getByLabel("Statement (CSV)").setInputFiles({
    name: "sai.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(
      `tracking_number;amount;remitted_on\n${parcel.tracking_number};abc;2026-11-28\n${unknown};150000;31/13/2026\n`
    ),
  })
  await page.getByRole("button", { name: "Import statement" }).click()
  const refusal = page.getByTestId("remittance-import-error")
  await expect(refusal).toContainText("nothing was stored")
  await expect(refusal).toContainText(/row 2, amount/i)
  await expect(refusal).toContainText(/row 3, remitted_on/i)

  // The statement: a delivered parcel for its cash, a number no parcel has, a delivered parcel
  // paid short, a parcel still on its way, and the first parcel again.
  const short = shortPaid.cod_amount - 10_000
  await page.getByLabel("Statement (CSV)").setInputFiles({
    name: fileName,
    mimeType: "text/csv",
    buffer: Buffer.from(
      [
        "Mã vận đơn,Số tiền,Ngày",
        `${parcel.tracking_number.toLowerCase()},${parcel.cod_amount},2026-11-28`,
        `${unknown},"99.000",28/11/2026`,
        `${shortPaid.tracking_number},${short},2026-11-28`,
        `${onTheWay.tracking_number},${onTheWay.cod_amount},2026-11-28`,
        `${parcel.tracking_number},${parcel.cod_amount},2026-11-28`,
      ].join("\n")
    ),
  })
  await page.getByRole("button", { name: "Import statement" }).click()
  const result = page.getByTestId("remittance-result")
  await expect(result.getByTestId("summary-lines")).toHaveText("5")
  await expect(result.getByTestId("summary-matched")).toHaveText("1")
  await expect(result.getByTestId("summary-mismatched")).toHaveText("4")
  await expect(result.getByTestId("summary-amount-matched")).toHaveText(
    formatVnd(parcel.cod_amount)
  )
  await expect(result.getByTestId("summary-amount-total")).toHaveText(
    formatVnd(2 * parcel.cod_amount + 99_000 + short + onTheWay.cod_amount)
  )
  const lines = result.getByTestId("remittance-line")
  await expect(lines).toHaveCount(5)
  await expect(lines.nth(0)).toContainText("Matched")
  await expect(lines.nth(0)).toContainText(formatVnd(parcel.cod_amount))
  await expect(lines.nth(1)).toContainText(unknown)
  await expect(lines.nth(1)).toContainText("Unknown tracking number")
  await expect(lines.nth(1)).toContainText("99.000 ₫")
  await expect(lines.nth(2)).toContainText("Wrong amount")
  await expect(lines.nth(2)).toContainText(
    `but ${formatVnd(shortPaid.cod_amount)} was collected on delivery (10.000 ₫ short)`
  )
  await expect(lines.nth(3)).toContainText("Not collected")
  await expect(lines.nth(3)).toContainText("not delivered")
  await expect(lines.nth(4)).toContainText("Duplicate")

  // The import is the newest in the list; its page shows every line.
  const newest = page.getByTestId("remittance-row").first()
  await expect(newest).toContainText(fileName)
  await newest.getByRole("link").click()
  await expect(
    page.getByRole("heading", { name: "Remittance statement" })
  ).toBeVisible()
  await expect(page.getByTestId("remittance-line")).toHaveCount(5)
  await page.getByRole("link", { name: "All remittances" }).click()

  // The unknown number waits among the open mismatches until the operator follows it up.
  const mismatch = page.getByTestId("mismatch-row").filter({ hasText: unknown })
  await expect(mismatch).toContainText("Unknown tracking number")
  await mismatch.getByRole("button", { name: "Mark followed up" }).click()
  await mismatch
    .getByLabel("Follow-up note")
    .fill("VNPost: mã vận đơn gõ nhầm, sẽ trả lại trong kỳ sau.")
  await mismatch.getByRole("button", { name: "Save note" }).click()
  await expect(
    page.getByTestId("mismatch-row").filter({ hasText: unknown })
  ).toHaveCount(0)

  await page.getByRole("combobox", { name: "Which mismatches" }).click()
  await page.getByRole("option", { name: "Followed up" }).click()
  await expect(
    page.getByTestId("mismatch-row").filter({ hasText: unknown })
  ).toContainText("mã vận đơn gõ nhầm")
})

test("the operator sees an order's VNPost parcel on its admin page and records what the courier did", async ({
  page,
  request,
}) => {
  const parcel = await codParcel(request, false)
  await signInToAdmin(page)
  await page.goto(`${backend}/app/orders/${parcel.order_id}`)
  const widget = page.getByTestId("order-parcel")
  await expect(widget.getByTestId("parcel-tracking")).toHaveText(
    parcel.tracking_number
  )
  await expect(widget).toContainText("Labelled, waiting for the courier")
  await expect(widget).toContainText(
    `cash to collect ${formatVnd(parcel.cod_amount)}`
  )

  await widget.getByRole("combobox").click()
  await page.getByRole("option", { name: "Picked up" }).click()
  await widget.getByLabel("Note (optional)").fill("Bưu tá xã đã nhận hàng")
  await widget.getByRole("button", { name: "Record event" }).click()
  const timeline = widget.getByTestId("parcel-timeline")
  await expect(timeline).toContainText("Picked up")
  await expect(timeline).toContainText("recorded by hand")
  await expect(timeline).toContainText("Bưu tá xã đã nhận hàng")
})
