import { expect as baseExpect, type Page, test } from "@playwright/test"

import { expectLanguage, expectNoSidewaysScroll, pathOf } from "./support"

// Anyone can read what the highland communes sell, by province and commune, without a person's
// data in sight; a figure too few cooperatives or buyers stand behind is hidden as "—".
const PHONE = { width: 360, height: 740 }

const expect = baseExpect.configure({ timeout: 20_000 })

const EMAIL = /[\w.+-]+@[\w-]+\.[\w.]+/
// A Vietnamese phone number, written together or in groups.
const PHONE_NUMBER = /(?:\+84|\b0)\d{2,3}[\s.]?\d{3}[\s.]?\d{3,4}\b/
const MONEY_OR_HIDDEN = /^(\d{1,3}(\.\d{3})* ₫|—)$/

const expectNoPersonalData = async (page: Page) => {
  const text = await page.locator("main").innerText()
  expect(text).not.toMatch(EMAIL)
  expect(text).not.toMatch(PHONE_NUMBER)
}

const expectHiddenCellsExplained = async (page: Page, explanation: string) => {
  const hidden = page.locator('td[data-hidden="true"]')
  const count = await hidden.count()
  // Every seeded commune has a single cooperative: at least their cells are hidden.
  expect(count).toBeGreaterThan(0)
  for (const cell of await hidden.all()) {
    await expect(cell).toHaveText("—")
    await expect(cell.locator("abbr")).toHaveAttribute("title", explanation)
  }
  await expect(page.getByTestId("hidden-legend")).toHaveText(
    `— = ${explanation}.`
  )
}

test("the transparency page shows provinces and communes, hides small cells and no person", async ({
  page,
}) => {
  await page.goto("/")
  await page.getByTestId("footer-transparency").click()
  await expect(page).toHaveURL(/\/minh-bach$/)
  await expectLanguage(page, "vi")
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Minh bạch: doanh số các xã vùng cao"
  )
  await expect(
    page.getByRole("heading", { name: "Những gì được tính" })
  ).toBeVisible()
  await expect(page.getByTestId("transparency-period")).toHaveText(
    /^Kỳ: \d{2}\/\d{2}\/\d{4} – \d{2}\/\d{2}\/\d{4}\. So với kỳ gốc: /
  )

  const provinces = page.getByTestId("transparency-provinces")
  await expect(
    provinces.getByRole("rowheader", { name: "Lào Cai" })
  ).toBeVisible()
  const communes = page.getByTestId("transparency-communes")
  const tramTau = communes.getByRole("row").filter({ hasText: "Xã Trạm Tấu" })
  await expect(tramTau).toContainText("Lào Cai")
  expect(await communes.getByTestId("commune-row").count()).toBeGreaterThan(3)

  // Sales are đồng or hidden; hidden cells say why.
  for (const cell of await page
    .locator('[data-testid="transparency-communes"] tbody td:first-of-type')
    .all()) {
    await expect(cell).toHaveText(MONEY_OR_HIDDEN)
  }
  await expectHiddenCellsExplained(
    page,
    "ẩn: ít hơn 3 hợp tác xã hoặc người mua"
  )
  await expectNoPersonalData(page)

  // Each figure explains itself when pressed.
  const sales = provinces.getByRole("columnheader", { name: /Doanh số/ })
  await sales.getByRole("button", { name: "Định nghĩa: Doanh số" }).click()
  await expect(
    sales.getByText(
      "Doanh số = bán trên Chợ Phiên + doanh số ghi nhận, trong kỳ xem xét."
    )
  ).toBeVisible()
})

test.describe("on a phone, in English", () => {
  test.use({ viewport: PHONE, isMobile: true, hasTouch: true })

  test("the page fits the screen, its tables scroll inside their box", async ({
    page,
  }) => {
    await page.goto("/en")
    await page.getByTestId("footer-transparency").click()
    await expect(page).toHaveURL(/\/en\/transparency$/)
    expect(pathOf(page)).toBe("/en/transparency")
    await expectLanguage(page, "en")
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Transparency: what highland communes sell"
    )
    await expectNoSidewaysScroll(page)
    const table = page.getByRole("region", { name: "By commune" })
    expect(
      await table.evaluate(
        (element) => element.scrollWidth - element.clientWidth
      )
    ).toBeGreaterThan(0)
    await expectHiddenCellsExplained(
      page,
      "hidden: fewer than 3 cooperatives or buyers"
    )
    await expectNoPersonalData(page)

    // The language link keeps the page: /en/transparency ↔ /minh-bach.
    await page.getByTestId("language-switch").click()
    await expect(page).toHaveURL(/\/minh-bach$/)
  })
})
