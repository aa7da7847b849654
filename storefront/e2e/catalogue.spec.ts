import { expect, test } from "@playwright/test"

import { firstOptionWithProducts, parseVnd, pathOf } from "./support"

test("the catalogue's filters and sort live in the address and survive a reload", async ({
  page,
}) => {
  await page.goto("/products")
  const provinceSelect = page.getByTestId("filter-province")
  const province = await firstOptionWithProducts(provinceSelect)
  await provinceSelect.selectOption(province.value)
  await page.getByTestId("filter-sort").selectOption("price_asc")
  await page.getByTestId("filter-apply").click()
  await expect(page).toHaveURL(new RegExp(`province=${province.value}`))
  await expect(page).toHaveURL(/sort=price_asc/)

  const countText = await page.getByTestId("result-count").innerText()
  const url = page.url()
  await page.reload()
  expect(page.url()).toBe(url)
  await expect(page.getByTestId("filter-province")).toHaveValue(province.value)
  await expect(page.getByTestId("filter-sort")).toHaveValue("price_asc")
  await expect(page.getByTestId("result-count")).toHaveText(countText)

  const prices = (
    await page
      .getByTestId("product-card")
      .getByTestId("card-price")
      .allInnerTexts()
  ).map(parseVnd)
  expect(prices.length).toBeGreaterThan(0)
  expect(prices).toEqual([...prices].sort((a, b) => a - b))

  // Each active filter can be removed on its own.
  await page
    .getByTestId("active-filters")
    .getByRole("link", { name: new RegExp(province.name) })
    .click()
  await expect(page).not.toHaveURL(/province=/)
  await expect(page).toHaveURL(/sort=price_asc/)
})

test("a shared link with every filter opens the same filtered page", async ({
  page,
}) => {
  await page.goto(
    "/products?certification=OCOP&ocop_min=4&price_min=&price_max=&sort=title"
  )
  await expect(page.getByTestId("filter-certification")).toHaveValue("OCOP")
  await expect(page.getByTestId("filter-ocop")).toHaveValue("4")
  await expect(page.getByTestId("filter-sort")).toHaveValue("title")
  const cards = page.getByTestId("product-card")
  for (const card of await cards.all()) {
    await expect(card.getByTestId("ocop-badge")).toBeVisible()
  }
})

test("bad filter values are ignored instead of breaking the page", async ({
  page,
}) => {
  const response = await page.goto(
    "/products?province=99&category=NOT%20A%20HANDLE&certification=gold&ocop_min=9&price_min=abc&price_max=-1&harvest_month=13&sort=random&page=-4"
  )
  expect(response?.status()).toBe(200)
  await expect(page.getByTestId("filter-province")).toHaveValue("")
  await expect(page.getByTestId("filter-sort")).toHaveValue("newest")
  await expect(page.getByTestId("product-card").first()).toBeVisible()
})

test("filters that match nothing show an empty state with a way back", async ({
  page,
}) => {
  await page.goto("/products?price_min=99000000")
  await expect(page.getByTestId("catalogue-empty")).toBeVisible()
  await expect(page.getByTestId("product-card")).toHaveCount(0)
  await page.getByTestId("catalogue-empty").getByRole("link").click()
  await expect.poll(() => pathOf(page)).toBe("/products")
  await expect(page.getByTestId("product-card").first()).toBeVisible()
})

test("a page number past the end offers the first page", async ({ page }) => {
  const response = await page.goto("/products?page=400")
  expect(response?.status()).toBe(200)
  await expect(page.getByTestId("catalogue-empty")).toBeVisible()
})

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false })

  test("the filter form still filters", async ({ page }) => {
    await page.goto("/products")
    const provinceSelect = page.getByTestId("filter-province")
    const province = await firstOptionWithProducts(provinceSelect)
    await provinceSelect.selectOption(province.value)
    await page.getByTestId("filter-apply").click()
    await expect(page).toHaveURL(new RegExp(`province=${province.value}`))
    for (const card of await page.getByTestId("product-card").all()) {
      await expect(card.getByTestId("product-province")).toHaveText(
        province.name
      )
    }
  })
})

test("the language switch keeps the catalogue's filters", async ({ page }) => {
  await page.goto("/products?ocop_min=4&sort=price_desc")
  await page.getByTestId("language-switch").click()
  await expect(page).toHaveURL(/\/en\/products\?/)
  await expect(page).toHaveURL(/ocop_min=4/)
  await expect(page).toHaveURL(/sort=price_desc/)
  await expect(page.getByTestId("filter-ocop")).toHaveValue("4")
})

test("pages of 24 keep the filters and the order", async ({ page }) => {
  await page.goto("/products?sort=price_asc")
  const cards = page.getByTestId("product-card")
  await expect(cards.first()).toBeVisible()
  // The demo catalogue holds more than 60 products: there is always a second page.
  await expect(page.getByTestId("pagination")).toBeVisible()
  await expect(cards).toHaveCount(24)
  const lastOnFirstPage = parseVnd(
    await cards.last().getByTestId("card-price").innerText()
  )
  await page
    .getByTestId("pagination")
    .getByRole("link", { name: /^(Trang 2|Page 2)$/ })
    .click()
  await expect(page).toHaveURL(/\/products\?sort=price_asc&page=2$/)
  await expect(page.getByTestId("filter-sort")).toHaveValue("price_asc")
  const firstOnSecondPage = parseVnd(
    await cards.first().getByTestId("card-price").innerText()
  )
  expect(firstOnSecondPage).toBeGreaterThanOrEqual(lastOnFirstPage)
  await expect(
    page.getByTestId("pagination").locator('[aria-current="page"]')
  ).toContainText("2")
})
