import { expect, type Page, test } from "@playwright/test"

import {
  expectLanguage,
  expectNoSidewaysScroll,
  parseVnd,
  pathOf,
  VND_PRICE,
} from "./support"

const searchBox = (page: Page) =>
  page.getByRole("combobox", { name: /^(Tìm sản phẩm|Search products)$/ })

/** Types into the header's box as a person does, one key at a time. */
const typeInHeader = async (page: Page, words: string) => {
  // Keys pressed before the page's script has hydrated the box would not ask for suggestions.
  await page.waitForLoadState("networkidle")
  const box = searchBox(page)
  await box.click()
  await box.pressSequentially(words, { delay: 30 })
  return box
}

const hitTitles = (page: Page) =>
  page.getByTestId("search-hit").getByTestId("search-hit-title")

const resultCount = async (page: Page): Promise<number> =>
  Number(
    (await page.getByTestId("search-count").innerText()).replace(/\D/g, "") ||
      "0"
  )

test('typing "tao meo" suggests táo mèo, and Enter shows the results with the match marked', async ({
  page,
}) => {
  await page.goto("/")
  const box = await typeInHeader(page, "tao meo")
  const listbox = page.getByRole("listbox")
  await expect(box).toHaveAttribute("aria-expanded", "true")
  const suggestion = page
    .getByTestId("search-suggestion")
    .filter({ hasText: /táo mèo/i })
    .first()
  await expect(suggestion).toBeVisible()
  await expect(listbox.getByRole("option").first()).toBeVisible()
  await expect(suggestion.getByTestId("search-suggestion-price")).toHaveText(
    VND_PRICE
  )

  await box.press("Enter")
  await expect(page).toHaveURL(/\/tim-kiem\?q=tao\+meo$/)
  await expect(page.getByTestId("search-heading")).toContainText("tao meo")
  const first = hitTitles(page).first()
  await expect(first).toContainText(/táo mèo/i)
  const marks = first.locator("mark")
  await expect(marks.first()).toBeVisible()
  expect((await marks.allInnerTexts()).join(" ")).toMatch(/táo|mèo/i)
  // The box keeps the words searched for.
  await expect(searchBox(page)).toHaveValue("tao meo")
})

test("the suggestions answer the keyboard and a click opens the product", async ({
  page,
}) => {
  await page.goto("/products")
  const box = await typeInHeader(page, "tao meo")
  const options = page.getByRole("listbox").getByRole("option")
  await expect(options.first()).toBeVisible()

  await box.press("ArrowDown")
  const firstId = await options.first().getAttribute("id")
  await expect(box).toHaveAttribute("aria-activedescendant", firstId ?? "")
  await expect(options.first()).toHaveAttribute("aria-selected", "true")
  await box.press("ArrowUp")
  // Up from the first choice wraps round to "see every result".
  await expect(page.getByTestId("search-see-all")).toHaveAttribute(
    "aria-selected",
    "true"
  )
  await box.press("Escape")
  await expect(box).toHaveAttribute("aria-expanded", "false")
  await expect(page.getByRole("listbox")).toBeHidden()
  await expect(box).toHaveValue("tao meo")

  await box.press("ArrowDown")
  await expect(options.first()).toHaveAttribute("aria-selected", "true")
  const title = await options
    .first()
    .getByTestId("search-suggestion-title")
    .innerText()
  await box.press("Enter")
  await expect(page).toHaveURL(/\/products\/[a-z0-9-]+$/)
  await expect(page.getByTestId("product-title")).toHaveText(title)

  await page.goBack()
  const again = await typeInHeader(page, "dau tay")
  await expect(again).toHaveValue("dau tay")
  const strawberry = page
    .getByTestId("search-suggestion")
    .filter({ hasText: /dâu tây/i })
    .first()
  const name = await strawberry
    .getByTestId("search-suggestion-title")
    .innerText()
  await strawberry.click()
  await expect(page.getByTestId("product-title")).toHaveText(name)
})

test("words without accents or with a slip still find the produce", async ({
  page,
}) => {
  await page.goto("/tim-kiem?q=dau+tay")
  await expect(hitTitles(page).first()).toContainText(/dâu tây/i)

  await page.goto("/tim-kiem?q=mat+ongg")
  await expect(hitTitles(page).first()).toContainText(/mật ong/i)
  await expect(page.getByTestId("search-empty")).toHaveCount(0)
})

test("a facet narrows the results and keeps the words", async ({ page }) => {
  await page.goto("/tim-kiem?q=mat+ong")
  const total = await resultCount(page)
  expect(total).toBeGreaterThan(1)

  // A province that holds some of the matches but not all of them.
  const options = await page
    .getByTestId("facet-province")
    .getByTestId("facet-option")
    .all()
  let chosen: { name: string; count: number } | undefined
  for (const option of options) {
    const name = await option.getByTestId("facet-name").innerText()
    const count = await option.getByTestId("facet-count").innerText()
    if (Number(count) > 0 && Number(count) < total) {
      chosen = { name, count: Number(count) }
      await option.click()
      break
    }
  }
  expect(chosen, "a province with part of the matches").toBeDefined()
  await expect(page).toHaveURL(/[?&]province=\d{2}/)
  await expect(page).toHaveURL(/[?&]q=mat\+ong/)
  await expect(page.getByTestId("search-heading")).toContainText("mat ong")
  expect(await resultCount(page)).toBe(chosen?.count)
  for (const hit of await page.getByTestId("search-hit").all()) {
    await expect(hit.getByTestId("search-hit-province")).toHaveText(
      chosen?.name ?? ""
    )
  }

  // The chosen province is one link away from being dropped again, words kept.
  await page
    .getByTestId("search-active-filters")
    .getByRole("link", { name: new RegExp(chosen?.name ?? "") })
    .click()
  await expect(page).not.toHaveURL(/province=/)
  await expect(page).toHaveURL(/[?&]q=mat\+ong/)
  expect(await resultCount(page)).toBe(total)
})

test("the sort keeps the words and orders by price", async ({ page }) => {
  await page.goto("/tim-kiem?q=tao+meo")
  await page.getByTestId("search-sort").selectOption("price_asc")
  await page.getByTestId("search-sort-apply").click()
  await expect(page).toHaveURL(/q=tao\+meo/)
  await expect(page).toHaveURL(/sort=price_asc/)
  const prices = (
    await page
      .getByTestId("search-hit")
      .getByTestId("search-hit-price")
      .allInnerTexts()
  ).map(parseVnd)
  expect(prices.length).toBeGreaterThan(1)
  expect(prices).toEqual([...prices].sort((a, b) => a - b))
})

test("words that match nothing show the empty state", async ({ page }) => {
  const response = await page.goto("/tim-kiem?q=zqxjv+wkpfh")
  expect(response?.status()).toBe(200)
  await expect(page.getByTestId("search-empty")).toBeVisible()
  await expect(page.getByTestId("search-empty")).toContainText("zqxjv wkpfh")
  await expect(page.getByTestId("search-hit")).toHaveCount(0)
  await page
    .getByTestId("search-empty")
    .getByRole("link", { name: "Xem toàn bộ sản phẩm" })
    .click()
  await expect.poll(() => pathOf(page)).toBe("/products")
})

test('words that match nothing but are close to some offer "did you mean"', async ({
  page,
}) => {
  // Three slips of the thumb: too far from any word to match, close enough to suggest.
  await page.goto("/tim-kiem?q=shan+tuyeeet")
  await expect(page.getByTestId("search-hit")).toHaveCount(0)
  const didYouMean = page.getByTestId("did-you-mean")
  await expect(didYouMean).toContainText("Có phải bạn muốn tìm")
  const corrected = didYouMean.getByRole("link")
  const words = await corrected.innerText()
  expect(words).not.toBe("shan tuyeeet")
  await corrected.click()
  await expect(page.getByTestId("search-heading")).toContainText(words)
  await expect(hitTitles(page).first()).toContainText(/shan tuyết/i)
})

test("result pages are not indexed but their links are followed", async ({
  page,
}) => {
  await page.goto("/tim-kiem?q=tao+meo")
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute(
    "content",
    "noindex, follow"
  )
})

test("the English search shows English titles and English suggestions", async ({
  page,
}) => {
  await page.goto("/en")
  const box = await typeInHeader(page, "mat ong")
  await expect(
    page
      .getByTestId("search-suggestion-title")
      .filter({ hasText: /honey/i })
      .first()
  ).toBeVisible()
  await box.press("Enter")
  await expect(page).toHaveURL(/\/en\/search\?q=mat\+ong$/)
  await expectLanguage(page, "en")
  await expect(page.getByTestId("search-heading")).toHaveText(
    "Results for “mat ong”"
  )
  await expect(hitTitles(page).first()).toContainText(/honey/i)
  await expect(hitTitles(page).filter({ hasText: /mật ong/i })).toHaveCount(0)

  // The language switch keeps the search.
  await page.getByTestId("language-switch").click()
  await expect(page).toHaveURL(/\/tim-kiem\?q=mat\+ong$/)
  await expect(hitTitles(page).first()).toContainText(/mật ong/i)
})

test.describe("on a 360 px phone", () => {
  test.use({
    viewport: { width: 360, height: 740 },
    isMobile: true,
    hasTouch: true,
  })

  test("the box, its suggestions and the results fit the screen", async ({
    page,
  }) => {
    await page.goto("/")
    await expect(searchBox(page)).toBeVisible()
    await expectNoSidewaysScroll(page)
    await typeInHeader(page, "dau tay")
    const listbox = page.getByRole("listbox")
    await expect(listbox.getByRole("option").first()).toBeVisible()
    const box = await listbox.boundingBox()
    expect(box?.x ?? -1).toBeGreaterThanOrEqual(0)
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(360)
    await expectNoSidewaysScroll(page)

    await page.getByTestId("search-submit").tap()
    await expect(page).toHaveURL(/\/tim-kiem\?q=dau\+tay$/)
    await expect(hitTitles(page).first()).toBeVisible()
    // The facets fold away under their summary so the results come first.
    await expect(page.getByTestId("search-facets")).toBeHidden()
    await expect(page.getByTestId("search-hit").first()).toBeInViewport()
    await expectNoSidewaysScroll(page)
  })
})

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false })

  test("the header's box and the facets still search", async ({ page }) => {
    await page.goto("/cooperatives")
    await searchBox(page).fill("tao meo")
    await searchBox(page).press("Enter")
    await expect(page).toHaveURL(/\/tim-kiem\?q=tao\+meo$/)
    await expect(hitTitles(page).first()).toContainText(/táo mèo/i)
    const facet = page
      .getByTestId("facet-category")
      .getByTestId("facet-option")
      .first()
    await facet.click()
    await expect(page).toHaveURL(/[?&]category=[a-z0-9-]+/)
    await expect(page).toHaveURL(/[?&]q=tao\+meo/)
    await expect(page.getByTestId("search-hit").first()).toBeVisible()
  })
})
