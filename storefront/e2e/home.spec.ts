import { expect, test } from "@playwright/test"

import { expectLanguage, VND_PRICE } from "./support"

test("the home page shows shelves of products with prices in đồng", async ({
  page,
}) => {
  const response = await page.goto("/")
  expect(response?.status()).toBe(200)
  await expectLanguage(page, "vi")
  await expect(page).toHaveTitle(/Chợ Phiên/)
  await expect(page.getByRole("banner")).toContainText(
    "Nông sản vùng cao, từ hợp tác xã đến bếp nhà bạn"
  )

  const cards = page.getByTestId("product-card")
  await expect(cards.first()).toBeVisible()
  const count = await cards.count()
  expect(count).toBeGreaterThan(0)

  for (let index = 0; index < count; index += 1) {
    const card = cards.nth(index)
    await expect(card.getByRole("link")).toHaveAttribute(
      "href",
      /^\/products\/[^/]+$/
    )
    await expect(card.getByTestId("card-price")).toHaveText(VND_PRICE)
  }
})

test("the home page introduces cooperatives, regions and the OCOP shelf", async ({
  page,
}) => {
  await page.goto("/")
  const cooperatives = page.getByTestId("featured-cooperatives")
  await expect(
    cooperatives.getByTestId("cooperative-card").first()
  ).toBeVisible()
  await expect(
    cooperatives.getByTestId("cooperative-card").first()
  ).toContainText(/\d+ hộ thành viên/)

  // Each OCOP product carries its rating.
  const ocop = page.getByTestId("ocop-shelf")
  for (const card of await ocop.getByTestId("product-card").all()) {
    await expect(card.getByTestId("ocop-badge")).toBeVisible()
  }

  // A region opens the catalogue filtered to that province.
  const region = page.getByTestId("region-link").first()
  const href = await region.getAttribute("href")
  expect(href).toMatch(/^\/products\?province=\d{2}$/)
  await region.click()
  await expect(page).toHaveURL(/\/products\?province=\d{2}$/)
  await expect(page.getByTestId("filter-province")).toHaveValue(
    href?.slice(-2) ?? ""
  )
})

test("the header links to the products and the cooperatives", async ({
  page,
}) => {
  await page.goto("/")
  const nav = page.getByRole("navigation", { name: "Điều hướng chính" })
  await nav.getByRole("link", { name: "Hợp tác xã" }).click()
  await expect(page).toHaveURL(/\/cooperatives$/)
  await expect(nav.getByRole("link", { name: "Hợp tác xã" })).toHaveAttribute(
    "aria-current",
    "page"
  )

  await page.goto("/en")
  const englishNav = page.getByRole("navigation", { name: "Main navigation" })
  await englishNav.getByRole("link", { name: "Products" }).click()
  await expect(page).toHaveURL(/\/en\/products$/)
})
