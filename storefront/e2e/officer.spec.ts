import { readFile } from "node:fs/promises"

import {
  type APIRequestContext,
  expect as baseExpect,
  type Page,
  test,
} from "@playwright/test"

import { formatVnd } from "../src/lib/util/money"
import { publishableKey } from "./store-api"
import { expectLanguage, expectNoSidewaysScroll } from "./support"

// A programme officer follows what Lào Cai's communes sell: signs in, picks the province, reads a
// commune's uplift, opens its report and prints it, downloads the table; enters a month of
// recorded sales for an old commune split in 2025. Visitors and buyers are sent to sign in.
const backend = process.env.BACKEND_URL || "http://localhost:9000"
const OFFICER = { email: "officer@chophien.local", password: "ChoPhien!2026" }
const LAO_CAI = "15"
const PHONE = { width: 360, height: 740 }

// Each step is a server round trip (and an aggregate over every order) on a two-core machine.
const expect = baseExpect.configure({ timeout: 20_000 })
test.describe.configure({ timeout: 150_000 })

type ApiCommune = {
  commune_code: string
  commune_name: string
  province_code: string
  uplift_value: number
  uplift_pct: number | null
  sales_value: number
}

const signIn = async (
  page: Page,
  labels: { email: string; password: string; submit: string }
) => {
  await page.getByLabel(labels.email).fill(OFFICER.email)
  await page.getByLabel(labels.password).fill(OFFICER.password)
  await page.getByRole("button", { name: labels.submit }).click()
}

/**
 * The backend's own answer for what the page shows: the page's download link carries the very
 * query (days, province, programme) it asked the backend with.
 */
const backendCommunes = async (
  request: APIRequestContext,
  page: Page
): Promise<ApiCommune[]> => {
  const href = (await page.getByTestId("export-csv").getAttribute("href")) ?? ""
  const query = new URL(href, "http://storefront").searchParams
  query.delete("lang")
  const auth = await request.post(`${backend}/auth/officer/emailpass`, {
    data: OFFICER,
  })
  const { token } = (await auth.json()) as { token: string }
  const answer = await request.get(
    `${backend}/officer/impact/communes?${query.toString()}`,
    { headers: { authorization: `Bearer ${token}` } }
  )
  expect(answer.ok(), await answer.text()).toBe(true)
  return ((await answer.json()) as { communes: ApiCommune[] }).communes
}

/** How many pages Chromium prints the page on. */
const printedPages = async (page: Page): Promise<number> => {
  const pdf = (await page.pdf({ preferCSSPageSize: true })).toString("latin1")
  return pdf.match(/\/Type\s*\/Page[^s]/g)?.length ?? 0
}

test("an officer reads Lào Cai's communes, a commune's report and the table as CSV", async ({
  page,
  request,
}) => {
  await page.goto("/officer")
  await expect(page).toHaveURL(/\/officer\/sign-in\?next=%2Fofficer$/)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Đăng nhập cán bộ"
  )
  await signIn(page, {
    email: "Email",
    password: "Mật khẩu",
    submit: "Đăng nhập",
  })
  await expect(page).toHaveURL(/\/officer$/)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Tác động doanh số theo xã"
  )
  await expect(page.getByTestId("officer-scope")).toHaveText(
    "Xem được mọi tỉnh, thành phố"
  )

  // The province filter is a plain form: its choice goes into the address.
  await page
    .getByRole("combobox", { name: "Tỉnh, thành phố" })
    .selectOption(LAO_CAI)
  await page.getByTestId("apply-filters").click()
  await expect(page).toHaveURL(/[?&]province=15(&|$)/)
  await expect(
    page.getByRole("combobox", { name: "Tỉnh, thành phố" })
  ).toHaveValue(LAO_CAI)
  await expect(page.locator("#key-heading")).toContainText("Lào Cai")
  const rows = page.getByTestId("commune-row")
  await expect(rows.first()).toBeVisible()
  for (const text of await rows.allInnerTexts()) {
    expect(text).toContain("Lào Cai")
  }

  // A commune the seed's history gives an uplift shows the backend's figure, in đồng.
  const communes = await backendCommunes(request, page)
  const seeded = communes.find(
    (commune) => commune.province_code === LAO_CAI && commune.uplift_value > 0
  )
  expect(seeded, "a Lào Cai commune with an uplift (demo seed)").toBeDefined()
  const code = seeded?.commune_code ?? ""
  const name = seeded?.commune_name ?? ""
  const row = page.locator(
    `[data-testid="commune-row"][data-commune="${code}"]`
  )
  await expect(row).toContainText(name)
  await expect(row.locator('[data-column="upliftValue"]')).toHaveText(
    formatVnd(seeded?.uplift_value ?? 0)
  )
  await expect(row.locator('[data-column="salesValue"]')).toHaveText(
    formatVnd(seeded?.sales_value ?? 0)
  )
  await expect(row.locator('[data-column="upliftPct"]')).toHaveText(
    /^(\d{1,3}(\.\d{3})*(,\d)? %|—)$/
  )

  // Each figure says what it counts: on a press, and under the mouse.
  const table = page.getByTestId("communes-table")
  const header = table.getByRole("columnheader", { name: /Tăng thêm/ })
  await header.getByRole("button", { name: "Định nghĩa: Tăng thêm" }).click()
  await expect(
    header.getByText("Tăng thêm = doanh số − doanh số kỳ gốc.")
  ).toBeVisible()
  await page.keyboard.press("Escape")
  await expect(
    header.getByText("Tăng thêm = doanh số − doanh số kỳ gốc.")
  ).toBeHidden()
  const orders = table.getByRole("columnheader", { name: /Đơn hàng/ })
  await orders.getByRole("button", { name: "Định nghĩa: Đơn hàng" }).hover()
  await expect(orders.getByText(/Số đơn được tính/)).toBeVisible()
  await page.mouse.move(0, 0)
  await expect(orders.getByText(/Số đơn được tính/)).toBeHidden()

  // Any column sorts; the province stays.
  await page.getByTestId("sort-name").click()
  await expect(page).toHaveURL(/sort=name&dir=asc/)
  await expect(page).toHaveURL(/province=15/)
  await expect(
    page.getByRole("columnheader", { name: /Xã, phường/ })
  ).toHaveAttribute("aria-sort", "ascending")
  const names = await page
    .getByTestId("commune-row")
    .locator("th a")
    .allInnerTexts()
  expect(names).toEqual(
    [...names].sort((a, b) => a.localeCompare(b, "vi", { sensitivity: "base" }))
  )

  // The download is the commune table as the backend writes it, with the commune's row.
  const downloading = page.waitForEvent("download")
  await page.getByTestId("export-csv").click()
  const download = await downloading
  expect(download.suggestedFilename()).toMatch(
    /^tac-dong-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}.*\.csv$/
  )
  const csv = await readFile((await download.path()) ?? "", "utf8")
  const line = csv.split(/\r?\n/).find((entry) => entry.includes(code))
  expect(line, `the CSV has ${code}'s row`).toBeDefined()
  expect(line).toContain(name)
  expect(line).toContain(String(seeded?.uplift_value))

  // The commune's page: its figures, its monthly chart, its cooperatives.
  await row.getByRole("link", { name }).click()
  await expect(page).toHaveURL(new RegExp(`/officer/communes/${code}\\?`))
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name)
  await expect(page.getByTestId("commune-figures")).toContainText(
    formatVnd(seeded?.uplift_value ?? 0)
  )
  const chart = page.getByRole("figure", {
    name: "Biểu đồ doanh số theo tháng",
  })
  await expect(chart.getByRole("application")).toBeVisible()
  await expect(chart.getByText("Bán trên Chợ Phiên")).toBeVisible()
  await expect(chart.getByText("Doanh số ghi nhận")).toBeVisible()
  await expect(chart.locator(".recharts-bar-rectangle").first()).toBeVisible()
  await page.getByText("Xem số liệu dạng bảng").click()
  // The baseline's twelve months and the period's twelve.
  await expect(
    page.getByTestId("months-table").locator("tbody tr")
  ).toHaveCount(24)
  await expect(page.getByTestId("cooperatives-table")).toBeVisible()

  // Printed, the report is one A4 page without the shop's header or the officer's menu.
  await expect(page.getByTestId("print-report")).toBeVisible()
  await page.emulateMedia({ media: "print" })
  await expect(page.locator("body > header")).toBeHidden()
  await expect(page.getByTestId("officer-sign-out")).toBeHidden()
  await expect(page.getByTestId("print-report")).toBeHidden()
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible()
  expect(await printedPages(page)).toBe(1)
  await page.emulateMedia({ media: "screen" })

  // Signing out closes the dashboard.
  await page.getByTestId("officer-sign-out").click()
  await expect(page).toHaveURL(/\/officer\/sign-in$/)
  await page.goto("/officer")
  await expect(page).toHaveURL(/\/officer\/sign-in\?next=/)
})

test.describe("on a phone, in English", () => {
  test.use({ viewport: PHONE, isMobile: true, hasTouch: true })

  test("the dashboard fits the screen; its tables scroll inside their box", async ({
    page,
  }) => {
    await page.goto("/en/officer?province=15")
    await expect(page).toHaveURL(/\/en\/officer\/sign-in\?next=/)
    await expectLanguage(page, "en")
    await signIn(page, {
      email: "E-mail",
      password: "Password",
      submit: "Sign in",
    })
    // Back where the officer was going, the province kept.
    await expect(page).toHaveURL(/\/en\/officer\?province=15$/)
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Sales uplift by commune"
    )
    await expectNoSidewaysScroll(page)
    const table = page.getByRole("region", { name: "By commune" })
    const overflow = await table.evaluate(
      (element) => element.scrollWidth - element.clientWidth
    )
    expect(overflow).toBeGreaterThan(0)
    const uplift = page
      .getByTestId("communes-table")
      .getByRole("columnheader", { name: /Uplift \(%\)/ })
    await uplift.getByRole("button", { name: "Definition: Uplift (%)" }).tap()
    await expect(uplift.getByText(/rounded to one decimal/)).toBeVisible()
    await expect(page.getByTestId("key-figures")).toContainText("Sales value")

    // The recorded sales' forms and list fit too.
    await page.getByRole("link", { name: "Recorded sales" }).click()
    await expect(page).toHaveURL(/\/en\/officer\/recorded-sales$/)
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Recorded sales (baseline)"
    )
    await expectNoSidewaysScroll(page)
  })
})

test("an officer enters a month of recorded sales for an old commune split in two, sees it and deletes it", async ({
  page,
}) => {
  await page.goto("/officer/recorded-sales")
  await signIn(page, {
    email: "Email",
    password: "Mật khẩu",
    submit: "Đăng nhập",
  })
  await expect(page).toHaveURL(/\/officer\/recorded-sales$/)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Doanh số ghi nhận (kỳ gốc)"
  )
  const form = page.getByTestId("recorded-sale-form")

  // A month still to come: the backend's sentence shows with the form, nothing is kept.
  await form.getByLabel("Tháng *").fill("2099-01")
  await form.getByLabel("Mã xã, phường *").fill("04606")
  await form.getByLabel("Doanh số (đồng) *").fill("1.000.000")
  await page.getByTestId("recorded-sale-submit").click()
  await expect(form.getByRole("alert")).toContainText("2099-01")

  // Phường Cống Vị (00007) became part of Ngọc Hà and Giảng Võ: shares 60 and 40.
  await form.getByLabel("Tháng *").fill("2016-01")
  await form.getByLabel("Mã cũ (trước sáp nhập 2025)").check()
  await form.getByLabel("Mã xã, phường *").fill("00007")
  await expect(form.getByTestId("legacy-communes")).toContainText(
    "Phường Cống Vị"
  )
  await form.getByLabel(/Tỷ lệ \(%\) cho Phường Ngọc Hà/).fill("60")
  await form.getByLabel(/Tỷ lệ \(%\) cho Phường Giảng Võ/).fill("40")
  await form.getByLabel("Doanh số (đồng) *").fill("1.000.000")
  await form.getByLabel("Ghi chú").fill("Sổ bán hàng năm 2016")
  await page.getByTestId("recorded-sale-submit").click()
  await expect(form.getByRole("status")).toHaveText("Đã lưu 2 dòng.")

  await page.goto("/officer/recorded-sales?province=01")
  const rows = page
    .getByTestId("recorded-row")
    .filter({ hasText: "Sổ bán hàng năm 2016" })
  await expect(rows).toHaveCount(2)
  await expect(rows.filter({ hasText: "Phường Ngọc Hà" })).toContainText(
    "600.000 ₫"
  )
  await expect(rows.filter({ hasText: "Phường Giảng Võ" })).toContainText(
    "400.000 ₫"
  )
  await expect(rows.first()).toContainText("Từ xã cũ 00007")

  // A file with a wrong cell is refused whole, the cell named by row and column.
  await page.getByTestId("recorded-import-file").setInputFiles({
    name: "doanh-so.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(
      "thang,ma_xa,loai_ma,doanh_so\n2016-02,04606,moi,1500000\n2016-13,04606,moi,100\n"
    ),
  })
  await page.getByTestId("recorded-import-submit").click()
  await expect(page.getByTestId("recorded-import-errors")).toContainText(
    "Dòng 3 (thang)"
  )

  for (const commune of ["Phường Ngọc Hà", "Phường Giảng Võ"]) {
    await rows
      .filter({ hasText: commune })
      .getByRole("button", { name: /^Xoá doanh số 01\/2016/ })
      .click()
    await expect(rows.filter({ hasText: commune })).toHaveCount(0)
  }
})

test("a visitor and a buyer are sent to the officer's sign-in", async ({
  page,
  request,
}) => {
  await page.goto("/officer/communes/04606")
  await expect(page).toHaveURL(
    /\/officer\/sign-in\?next=%2Fofficer%2Fcommunes%2F04606$/
  )
  const download = await request.get("/api/officer/export/csv", {
    maxRedirects: 0,
  })
  expect(download.status()).toBe(303)
  expect(download.headers().location).toMatch(/^\/officer\/sign-in/)

  // A signed-in buyer is no officer.
  const key = await publishableKey(request)
  const email = `nguoi-mua-${Date.now().toString(36)}@buyer.example.vn`
  const registration = await request.post(
    `${backend}/auth/customer/emailpass/register`,
    { data: { email, password: "Tao-meo-2026" } }
  )
  const { token } = (await registration.json()) as { token: string }
  const created = await request.post(`${backend}/store/customers`, {
    headers: { "x-publishable-api-key": key, authorization: `Bearer ${token}` },
    data: { email, first_name: "Hoàng Lan", phone: "0912345678" },
  })
  expect(created.ok()).toBe(true)
  await page.goto("/tai-khoan/dang-nhap")
  await page.getByLabel("Email").fill(email)
  await page.getByLabel("Mật khẩu").fill("Tao-meo-2026")
  await page.getByTestId("sign-in-submit").click()
  await expect(page).toHaveURL(/\/tai-khoan$/)
  await page.goto("/officer")
  await expect(page).toHaveURL(/\/officer\/sign-in\?next=%2Fofficer$/)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Đăng nhập cán bộ"
  )
})
