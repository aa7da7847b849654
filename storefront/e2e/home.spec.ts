import { expect, test } from "@playwright/test"

import { expectLanguage, VND_PRICE } from "./support"

test("the home page lists the cooperatives' products with prices in đồng", async ({
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
    await expect(card.getByTestId("product-price")).toHaveText(VND_PRICE)
  }
})

test("every product photo on the home page says what it shows", async ({
  page,
}) => {
  await page.goto("/")
  await expect(page.getByTestId("product-card").first()).toBeVisible()
  for (const image of await page.locator("main img").all()) {
    await expect(image).toHaveAttribute("alt", /\S/)
  }
})
