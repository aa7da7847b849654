import {
  type APIRequestContext,
  expect as baseExpect,
  test,
} from "@playwright/test"

import { formatVnd } from "../src/lib/util/money"
import {
  backend,
  DEMO_COOPERATIVE,
  DEMO_SELLER,
  orderByApi,
  type PlacedOrder,
  publishableKey,
  recordEventsByApi,
  registerByApi,
  shipByApi,
  tokenFor,
} from "./store-api"
import { expectNoSidewaysScroll, signInSeller } from "./support"

// Shipping: the demo cooperative, on a cheap phone, marks an order ready for its courier, prints
// the label and asks for a pickup; the buyer then follows the parcel on their order page.
const PHONE = { width: 360, height: 740 }
const PASSWORD = "Mat-khau-2026"
/** An amount as the portal shows it, inside a sentence: "1.021.000 ₫". */
const VND_PRICE_IN = /\d{1,3}(\.\d{3})* ₫/
/** A VNPost S10 number: two letters, eight digits, the check digit, VN. */
const S10 = /^[A-Z]{2}\d{9}VN$/

test.use({ viewport: PHONE, isMobile: true, hasTouch: true })
// Each step is a server round trip (and a PDF to draw) on a two-core machine.
const expect = baseExpect.configure({ timeout: 20_000 })
test.describe.configure({ timeout: 180_000 })

/** One of the demo cooperative's products in stock, ordered cash on delivery. */
const orderFromCooperative = (
  request: APIRequestContext,
  options: { token?: string; email?: string } = {}
): Promise<PlacedOrder> =>
  orderByApi(request, {
    ...options,
    cooperative: DEMO_COOPERATIVE,
    quantity: 2,
  })

const readAll = async (stream: NodeJS.ReadableStream): Promise<Buffer> => {
  const chunks: Buffer[] = []
  for await (const chunk of stream) {
    chunks.push(Buffer.from(chunk as Buffer))
  }
  return Buffer.concat(chunks)
}

test("a cooperative on a phone marks an order ready, downloads its label, asks for a pickup and records the courier's visit", async ({
  page,
  context,
  request,
}) => {
  const order = await orderFromCooperative(request, {
    email: "khach.giao-hang@buyer.example.vn",
  })
  await signInSeller(page)

  // The order is among those to pack; its page offers "ready to ship" with the box prefilled.
  await page
    .getByRole("navigation", { name: "Kênh người bán" })
    .getByRole("link", { name: "Đơn hàng" })
    .click()
  await page.getByRole("link", { name: "Cần đóng gói" }).click()
  await page
    .getByTestId("seller-orders")
    .getByRole("link", { name: `Đơn #${order.display_id}`, exact: true })
    .click()
  await expect(page).toHaveURL(new RegExp(`/seller/orders/${order.id}$`))
  const form = page.getByTestId("ship-form")
  await expect(
    form.getByRole("heading", { name: "Sẵn sàng giao" })
  ).toBeVisible()
  // Prefilled with the box the backend works out from the products.
  const sellerToken = await tokenFor(request, "seller", DEMO_SELLER)
  const detail = await request.get(`${backend}/seller/orders/${order.id}`, {
    headers: { authorization: `Bearer ${sellerToken}` },
  })
  const { parcel: box } = (
    (await detail.json()) as {
      order: { parcel: { weight_g: number; height_cm: number | null } }
    }
  ).order
  expect(box.weight_g).toBeGreaterThan(1)
  await expect(form.getByLabel("Khối lượng (gam) *")).toHaveValue(
    String(box.weight_g)
  )
  await expect(form.getByLabel("Cao (cm)")).toHaveValue(
    box.height_cm ? String(box.height_cm) : ""
  )
  await expect(form).toContainText("Tính sẵn từ sản phẩm")
  await expectNoSidewaysScroll(page)

  // The packing slip prints before the parcel is handed over.
  const slip = page.waitForEvent("download")
  await form.getByRole("link", { name: "Phiếu đóng gói (PDF)" }).click()
  const slipPdf = await readAll(await (await slip).createReadStream())
  expect(slipPdf.subarray(0, 5).toString("latin1")).toBe("%PDF-")

  // Without the seller's sign-in, the label is not served: the link leads to signing in.
  const anonymous = await request.get(`/api/seller/orders/${order.id}/label`, {
    maxRedirects: 0,
  })
  expect(anonymous.status()).toBe(303)
  expect(anonymous.headers().location).toContain(
    `/seller/sign-in?next=${encodeURIComponent(`/seller/orders/${order.id}`)}`
  )

  // A weight past what the courier takes is named under the field, and nothing is sent.
  await form.getByLabel("Khối lượng (gam) *").fill("60000")
  await form.getByLabel("Cao (cm)").fill("15")
  await page.getByTestId("ship-submit").click()
  await expect(form.getByText("Cần một số từ 1 đến 50000.")).toBeVisible()
  await expect(form.getByLabel("Cao (cm)")).toHaveValue("15")

  // A second member has the same order open on another phone.
  const other = await context.newPage()
  await other.goto(`/seller/orders/${order.id}`)
  await other.waitForLoadState("networkidle")

  await form.getByLabel("Khối lượng (gam) *").fill("1.200")
  await page.getByTestId("ship-submit").click()
  const tracking = page.getByTestId("tracking-number")
  await expect(tracking).toHaveText(S10)
  const trackingNumber = (await tracking.textContent()) ?? ""
  await expect(
    page.getByText(`Xong: mã vận đơn ${trackingNumber}.`)
  ).toBeVisible()
  const parcel = page.getByTestId("parcel")
  await expect(parcel.getByTestId("shipment-status")).toHaveText(
    "Chờ bưu tá lấy hàng"
  )
  await expect(parcel).toContainText("1,2 kg")
  await expect(parcel).toContainText("Bưu tá chưa đến lấy hàng.")
  await expect(page.getByTestId("ship-form")).toHaveCount(0)
  await expectNoSidewaysScroll(page)

  // The other member is told the parcel is already with the courier.
  await other.getByTestId("ship-submit").click()
  await expect(
    other.getByText(
      "Đơn này đã giao cho bưu cục rồi. Tải lại trang để xem mã vận đơn và in lại nhãn."
    )
  ).toBeVisible()
  await other.reload()
  await expect(other.getByTestId("tracking-number")).toHaveText(trackingNumber)
  await other.close()

  // The label is a PDF named after the tracking number.
  const download = page.waitForEvent("download")
  await page.getByRole("link", { name: "Tải nhãn (PDF)" }).click()
  const label = await download
  expect(label.suggestedFilename()).toBe(`nhan-${trackingNumber}.pdf`)
  const pdf = await readAll(await label.createReadStream())
  expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-")

  // The orders list shows the tracking number.
  await page.goto("/seller/orders?status=shipped")
  await expect(
    page
      .getByTestId("seller-orders")
      .locator("li")
      .filter({ hasText: `Đơn #${order.display_id}` })
      .getByTestId("order-shipment")
  ).toHaveText(`Mã vận đơn ${trackingNumber} · Chờ bưu tá lấy hàng`)

  // One pickup for the parcels that are ready; asking again with none left says why.
  await page
    .getByRole("navigation", { name: "Kênh người bán" })
    .getByRole("link", { name: "Lấy hàng" })
    .click()
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Hẹn lấy hàng"
  )
  await expect(page.getByTestId("pickup-waiting")).toContainText(
    "đang chờ bưu tá đến lấy"
  )
  await page.getByLabel("Lời nhắn cho bưu tá").fill("Gọi trước khi đến.")
  await page.getByTestId("pickup-request").click()
  await expect(
    page.getByText(/^Đã hẹn: bưu tá đến lấy \d+ kiện ngày/)
  ).toBeVisible()
  const latest = page.getByTestId("pickups").locator(":scope > li").first()
  await expect(latest).toContainText(trackingNumber)
  await expect(latest).toContainText("Gọi trước khi đến.")
  await expect(page.getByTestId("pickup-waiting")).toHaveText(
    "Không có kiện nào đang chờ bưu tá."
  )
  await expectNoSidewaysScroll(page)
  await page.getByTestId("pickup-request").click()
  await expect(
    page.getByText(
      "Chưa có kiện nào chờ lấy: hãy bấm “Sẵn sàng giao” ở một đơn trước."
    )
  ).toBeVisible()

  // VNPost's table courier has no API: the cooperative records the pickup itself.
  await latest
    .getByRole("link", { name: `Đơn #${order.display_id}`, exact: true })
    .click()
  await page.getByText("Ghi lại việc bưu tá đã làm").click()
  await page.getByLabel("Tình trạng mới *").selectOption({
    label: "Bưu tá đã lấy hàng",
  })
  await page.getByLabel("Ghi chú").fill("Bưu tá xã Trạm Tấu")
  await page.getByTestId("shipment-event-submit").click()
  await expect(page.getByText("Đã ghi lại.")).toBeVisible()
  await expect(page.getByTestId("shipment-status")).toHaveText(
    "Bưu tá đã lấy hàng"
  )
  const timeline = page.getByTestId("seller-timeline")
  await expect(timeline.locator("li")).toHaveCount(1)
  await expect(timeline).toContainText("Bưu tá đã lấy hàng")
  await expect(timeline).toContainText("Bưu tá xã Trạm Tấu")
  await expectNoSidewaysScroll(page)
})

test("the buyer's order page shows where the parcel has been once it is delivered, and the cooperative sees the cash the courier collected", async ({
  page,
  request,
}) => {
  const key = await publishableKey(request)
  const email = `nguoi-mua-${Date.now().toString(36)}@buyer.example.vn`
  const token = await registerByApi(request, key, {
    email,
    password: PASSWORD,
    name: "Lò Thị Mai",
  })
  const order = await orderFromCooperative(request, { token })

  // The cooperative hands it to VNPost; the courier's statuses come in (here from the operator,
  // who records them for the table courier).
  const trackingNumber = await shipByApi(request, order.id)
  await recordEventsByApi(request, order.id, [
    "picked_up",
    "in_transit",
    "delivered",
  ])

  await page.goto(`/tai-khoan/don-hang/${order.id}`)
  await expect(page).toHaveURL(/\/tai-khoan\/dang-nhap\?next=/)
  await page.getByLabel("Email").fill(email)
  await page.getByLabel("Mật khẩu").fill(PASSWORD)
  await page.getByTestId("sign-in-submit").click()
  // Back to the order after signing in.
  await expect(page).toHaveURL(new RegExp(`/${order.id}$`))
  await expect(
    page.getByRole("heading", { name: "Hành trình kiện hàng" })
  ).toBeVisible()
  const steps = page.getByTestId("order-timeline").locator("li")
  await expect(steps).toHaveText([
    /^Bưu tá đã lấy hàng/,
    /^Đang vận chuyển/,
    /^Đã giao hàng/,
  ])
  await expectNoSidewaysScroll(page)

  await page.goto(`/en/account/orders/${order.id}`)
  await expect(
    page.getByRole("heading", { name: "Where your parcel has been" })
  ).toBeVisible()
  await expect(page.getByTestId("order-timeline").locator("li")).toHaveText([
    /^Picked up by the courier/,
    /^In transit/,
    /^Delivered/,
  ])

  // The courier collected the cash: the cooperative sees it, not yet paid over.
  await signInSeller(page)
  await page
    .getByRole("navigation", { name: "Kênh người bán" })
    .getByRole("link", { name: "Tiền thu hộ" })
    .click()
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Tiền thu hộ"
  )
  await expect(page.getByTestId("cod-collected")).toContainText(VND_PRICE_IN)
  const row = page
    .getByTestId("cod-parcels")
    .locator("tbody tr")
    .filter({ hasText: trackingNumber })
  await expect(row).toContainText(`Đơn #${order.display_id}`)
  await expect(row).toContainText(formatVnd(order.cod_amount))
  await expect(row).toContainText("Chưa trả")
  await expectNoSidewaysScroll(page)
})

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false })

  test("a cooperative still marks an order ready, asks for a pickup and records the courier's visit", async ({
    page,
    request,
  }) => {
    const order = await orderFromCooperative(request, {
      email: "khach.khong-js@buyer.example.vn",
    })
    await signInSeller(page)

    await page.goto(`/seller/orders/${order.id}`)
    const form = page.getByTestId("ship-form")
    await form.getByLabel("Khối lượng (gam) *").fill("0")
    await page.getByTestId("ship-submit").click()
    await expect(
      page.getByTestId("ship-form").getByText("Cần một số từ 1 đến 50000.")
    ).toBeVisible()
    await page
      .getByTestId("ship-form")
      .getByLabel("Khối lượng (gam) *")
      .fill("900")
    await page.getByTestId("ship-submit").click()
    await expect(page.getByTestId("tracking-number")).toHaveText(S10)
    await expect(page.getByTestId("parcel")).toContainText("900 g")

    await page.goto("/seller/pickups")
    await page.getByTestId("pickup-request").click()
    await expect(
      page.getByText(/^Đã hẹn: bưu tá đến lấy \d+ kiện ngày/)
    ).toBeVisible()

    // The courier came: recorded by hand for VNPost's table courier.
    await page.goto(`/seller/orders/${order.id}`)
    await page.getByText("Ghi lại việc bưu tá đã làm").click()
    await page
      .getByLabel("Tình trạng mới *")
      .selectOption({ label: "Bưu tá đã lấy hàng" })
    await page.getByTestId("shipment-event-submit").click()
    await expect(page.getByText("Đã ghi lại.")).toBeVisible()
    await expect(page.getByTestId("seller-timeline")).toContainText(
      "Bưu tá đã lấy hàng"
    )
  })
})
