import { join } from "node:path"

import { expect as baseExpect, test, type Page } from "@playwright/test"

import { formatVnd } from "../src/lib/util/money"
import { backend, DEMO_COOPERATIVE, orderByApi } from "./store-api"
import { signInSeller, signInToAdmin, VND_PRICE } from "./support"

// A cooperative on a cheap phone: signs up, applies with the province and commune pickers,
// waits for the operator (who approves in Medusa's admin), lists a product with a photo from the
// camera, and finds it in the store.
const PHONE = { width: 360, height: 740 }
const PHOTO = join(__dirname, "fixtures", "tao-meo.jpg")

test.use({ viewport: PHONE, isMobile: true, hasTouch: true })
// Each step is a server round trip (and, for photos, an image pipeline) on a two-core machine.
const expect = baseExpect.configure({ timeout: 20_000 })
test.describe.configure({ timeout: 180_000 })

const noSidewaysScroll = async (page: Page) => {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth
  )
  expect(overflow).toBeLessThanOrEqual(0)
}

const approveInAdmin = async (page: Page, name: string) => {
  await signInToAdmin(page)
  await page.goto(`${backend}/app/cooperatives`)
  await page.getByRole("link", { name: new RegExp(name) }).click()
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible()
  // The operator sees the documents the cooperative sent.
  await expect(page.getByText("giay-dang-ky-htx.pdf")).toBeVisible()
  await page.getByRole("button", { name: "Approve" }).click()
  await expect(page.getByRole("button", { name: "Suspend" })).toBeVisible()
}

test("a cooperative signs up, applies, is approved in the admin and sells a product with a photo", async ({
  page,
  browser,
}) => {
  const suffix = Date.now().toString(36)
  const email = `htx-${suffix}@seller.example.vn`
  const name = `HTX Táo Mèo Thử ${suffix}`

  // Not signed in: the portal asks to sign in, and offers to sign up.
  await page.goto("/seller")
  await expect(page).toHaveURL(/\/seller\/sign-in/)
  await page.getByRole("link", { name: "Đăng ký bán hàng" }).click()
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Đăng ký bán hàng"
  )
  await page.getByLabel("Email").fill(email)
  await page.getByLabel("Mật khẩu (ít nhất 8 ký tự)").fill("Mat-khau-2026")
  await page.getByRole("button", { name: "Tạo tài khoản" }).click()
  await expect(page).toHaveURL(/\/seller\/apply$/)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Hồ sơ hợp tác xã"
  )
  await noSidewaysScroll(page)
  await page.waitForLoadState("networkidle")

  await page.getByLabel("Tên hợp tác xã *").fill(name)
  await page.getByLabel("Số đăng ký HTX *").fill("5300987654")
  await page.getByLabel("Tỉnh, thành phố *").selectOption({ label: "Lào Cai" })
  await page.getByRole("searchbox", { name: "Tìm xã, phường" }).fill("tram tau")
  await page.getByLabel("Xã, phường *").selectOption({ label: "Xã Trạm Tấu" })
  await page.getByLabel("Thôn, bản, số nhà *").fill("Bản Mù Cao")
  // A typo in the phone number is named under the phone field, and nothing typed is lost.
  await page.getByLabel("Số điện thoại *").fill("0912 34")
  await page.getByLabel("Email hợp tác xã *").fill(email)
  await page.getByRole("checkbox", { name: "Mông" }).check()
  await page.getByLabel("Tổng số hộ *").fill("30")
  await page.getByLabel("Hộ nghèo").fill("9")
  await page
    .getByLabel("Câu chuyện hợp tác xã *")
    .fill("Bà con người Mông hái táo mèo trên núi cao, phơi trên gác bếp.")
  await page
    .getByLabel("Tên trong đường dẫn *")
    .fill(`htx-tao-meo-thu-${suffix}`)
  await page.getByRole("button", { name: "Gửi hồ sơ" }).click()
  const phone = page.getByLabel("Số điện thoại *")
  await expect(phone).toHaveAttribute("aria-invalid", "true")
  await expect(page.getByText("Số điện thoại di động chưa đúng")).toBeVisible()
  await expect(page.getByLabel("Tên hợp tác xã *")).toHaveValue(name)

  await phone.fill("0912 345 678")
  await page.getByRole("button", { name: "Gửi hồ sơ" }).click()
  await expect(page).toHaveURL(/\/seller$/)
  await expect(page.getByTestId("cooperative-status")).toHaveText(
    "Đang chờ duyệt"
  )
  await noSidewaysScroll(page)
  // The registration certificate goes with the application, judged by its content.
  await page.getByLabel("Chọn ảnh hoặc tệp PDF").setInputFiles({
    name: "giay-dang-ky-htx.pdf",
    mimeType: "application/pdf",
    // A scan is a few megabytes: more than Next lets a server action take by default.
    buffer: Buffer.concat([
      Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n"),
      Buffer.from(`%${"0".repeat(99)}\n`.repeat(30_000)),
      Buffer.from("trailer << /Root 1 0 R >>\n%%EOF\n"),
    ]),
  })
  await page.getByTestId("seller-documents-submit").click()
  await expect(page.getByText("Đã gửi giấy tờ.")).toBeVisible()
  await expect(page.getByTestId("documents")).toContainText(
    "giay-dang-ky-htx.pdf"
  )
  // Waiting for review, it cannot list yet.
  await page.goto("/seller/products/new")
  await expect(page.getByText("Hợp tác xã chưa được duyệt")).toBeVisible()

  const operator = await browser.newPage()
  await approveInAdmin(operator, name)
  await operator.close()

  await page.goto("/seller")
  await expect(page.getByTestId("cooperative-status")).toHaveText("Đang bán")

  // The profile page shows what was sent, and keeps a change.
  await page
    .getByRole("navigation", { name: "Kênh người bán" })
    .getByRole("link", { name: "Hồ sơ" })
    .click()
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Hồ sơ hợp tác xã"
  )
  await expect(page.getByLabel("Xã, phường *")).toHaveValue("04606")
  await expect(page.getByRole("checkbox", { name: "Mông" })).toBeChecked()
  await page.getByLabel("Thôn, bản, số nhà *").fill("Bản Tà Xùa")
  await page.getByTestId("seller-profile-save").click()
  await expect(page.getByText("Đã lưu.")).toBeVisible()
  await page.reload()
  await expect(page.getByLabel("Thôn, bản, số nhà *")).toHaveValue("Bản Tà Xùa")
  await noSidewaysScroll(page)

  await page.goto("/seller")
  await page.getByRole("link", { name: "Thêm sản phẩm" }).first().click()
  await expect(page).toHaveURL(/\/seller\/products\/new$/)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Thêm sản phẩm"
  )

  await page.getByTestId("photo-input").setInputFiles(PHOTO)
  await expect(page.getByTestId("photo-list").locator("img")).toHaveCount(1)
  const title = `Táo mèo sấy khô ${suffix}`
  await page.getByLabel("Tên sản phẩm *").fill(title)
  await page.getByLabel("Quy cách *").fill("Túi 500 g")
  await page.getByLabel("Giá (đồng) *").fill("120.000")
  await page.getByLabel("Còn trong kho").fill("25")
  await page.getByRole("checkbox", { name: "Th10", exact: true }).check()
  await page.getByRole("checkbox", { name: "Th11", exact: true }).check()
  await page
    .getByLabel("Câu chuyện sản phẩm *")
    .fill("Táo mèo chín vào tháng mười, thái lát và sấy trên gác bếp.")
  await noSidewaysScroll(page)
  await page.getByTestId("product-save").click()
  await expect(page).toHaveURL(/\/seller\/products\/prod_\w+\?saved=1$/)
  await expect(page.getByText("Đã lưu.")).toBeVisible()
  await expect(page.getByLabel("Túi 500 g")).toHaveValue("25")

  // Stock edited from the phone.
  await page.getByLabel("Túi 500 g").fill("18")
  await page.getByTestId("stock-save").click()
  await expect(page.getByText("Đã lưu số lượng.")).toBeVisible()
  await page.reload()
  await expect(page.getByLabel("Túi 500 g")).toHaveValue("18")

  // In the store, with its photo and price.
  await page.getByRole("link", { name: "Xem trên chợ" }).click()
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title)
  await expect(page.getByText("120.000 ₫").first()).toBeVisible()
  expect(await page.getByText(VND_PRICE).count()).toBeGreaterThan(0)
  const photo = page.locator("main picture img").first()
  await expect(photo).toBeVisible()
  expect(
    await photo.evaluate((image: HTMLImageElement) => image.naturalWidth)
  ).toBeGreaterThan(0)
})

test("the portal speaks English at /en/seller and the demo seller sees its products, orders and sales", async ({
  page,
}) => {
  await page.goto("/en/seller/sign-in")
  await page.waitForLoadState("networkidle")
  await page.getByLabel("E-mail").fill("seller@chophien.local")
  await page.getByLabel("Password").fill("wrong password")
  await page.getByRole("button", { name: "Sign in" }).click()
  await expect(page.getByText("Wrong e-mail or password.")).toBeVisible()
  await page.getByLabel("Password").fill("ChoPhien!2026")
  await page.getByRole("button", { name: "Sign in" }).click()
  await expect(page).toHaveURL(/\/en\/seller$/)
  await expect(page.getByTestId("cooperative-status")).toHaveText("Selling")
  await expect(
    page.getByRole("heading", { name: "Sales, last 12 months" })
  ).toBeVisible()
  await noSidewaysScroll(page)

  const portal = page.getByRole("navigation", { name: "Seller portal" })
  await portal.getByRole("link", { name: "Products" }).click()
  await expect(
    page.getByTestId("seller-products").locator("li").first()
  ).toBeVisible()
  await noSidewaysScroll(page)

  await portal.getByRole("link", { name: "Orders" }).click()
  const firstOrder = page.getByTestId("seller-orders").getByRole("link").first()
  await expect(firstOrder).toBeVisible()
  await firstOrder.click()
  await expect(page.getByTestId("deliver-to")).toBeVisible()
  // Delivery needs a name, an address and a phone; never the buyer's e-mail.
  await expect(page.locator("main")).not.toContainText("@")
  await noSidewaysScroll(page)

  await page.getByTestId("seller-sign-out").click()
  await expect(page).toHaveURL(/\/en\/seller\/sign-in/)
  await page.goto("/en/seller/orders")
  await expect(page).toHaveURL(/\/en\/seller\/sign-in/)
})

test("the demo cooperative records the cash the courier collected for a buyer's order", async ({
  page,
  request,
}) => {
  // A guest buys one of the demo cooperative's products, cash on delivery (by API: the checkout
  // pages have their own journey).
  const order = await orderByApi(request, {
    email: "khach.cod@buyer.example.vn",
    cooperative: DEMO_COOPERATIVE,
  })

  await signInSeller(page)
  await page.goto(`/seller/orders/${order.id}`)
  const cod = page.getByTestId("cod")
  await expect(cod).toContainText(formatVnd(order.cod_amount))
  await cod.locator("summary").click()
  await page.getByTestId("cod-collected").click()
  await expect(cod).toContainText("Đã nhận tiền thu hộ của đơn này.")
  await expect(page.getByTestId("cod-collected")).toHaveCount(0)
  await noSidewaysScroll(page)
})

test("a cooperative imports products from the CSV template: bad rows are named, good ones arrive", async ({
  page,
}) => {
  await signInSeller(page)
  await page.goto("/seller/products/import")

  // The template, in Vietnamese, opens right in a spreadsheet (UTF-8 with BOM).
  const download = page.waitForEvent("download")
  await page.getByRole("link", { name: "Tải tệp mẫu (CSV)" }).click()
  const template = await (await download).createReadStream()
  const chunks: Buffer[] = []
  for await (const chunk of template) {
    chunks.push(Buffer.from(chunk as Buffer))
  }
  const text = Buffer.concat(chunks).toString("utf8")
  expect(text.startsWith("\uFEFF")).toBe(true)
  const header = text.replace(/^\uFEFF/, "").split(/\r?\n/)[0] ?? ""
  expect(header).toContain("Tên sản phẩm")
  expect(header).toContain("Giá (đồng)")

  const suffix = Date.now().toString(36)
  const columns = header.split(",")
  const row = (values: Record<string, string>) =>
    columns.map((column) => values[column] ?? "").join(",")
  const good = {
    "Tên sản phẩm": `Mật ong bạc hà ${suffix}`,
    "Quy cách": "Chai 500 ml",
    "Giá (đồng)": "250000",
    "Tồn kho": "12",
    "Tháng thu hoạch": "10-11",
    "Dân tộc": "Mông",
    "Câu chuyện (tiếng Việt)": "Ong hút mật hoa bạc hà trên cao nguyên đá.",
    "Trạng thái": "đăng bán",
  }
  const csv = [
    header,
    row(good),
    row({
      ...good,
      "Tên sản phẩm": `Miến dong ${suffix}`,
      "Giá (đồng)": "nhiều tiền",
    }),
  ].join("\r\n")
  await page.getByTestId("import-file").setInputFiles({
    name: "san-pham.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(csv, "utf8"),
  })
  await page.getByTestId("import-submit").click()

  const report = page.getByTestId("import-progress")
  await expect(report).toContainText("1 trên 2 dòng hợp lệ")
  await expect(page.getByTestId("import-errors")).toContainText("Dòng 3")
  await expect(page.getByTestId("import-errors")).toContainText("Giá (đồng)")
  await expect(page.getByTestId("import-status")).toHaveText(
    "Xong: đã tạo 1 sản phẩm.",
    { timeout: 60_000 }
  )
  await noSidewaysScroll(page)

  await page.goto(
    `/seller/products?q=${encodeURIComponent(`Mật ong bạc hà ${suffix}`)}`
  )
  await expect(page.getByTestId("seller-products").locator("li")).toHaveCount(1)
  await expect(page.getByTestId("seller-products")).toContainText("Còn 12")
})
