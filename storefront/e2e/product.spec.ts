import { expect, test } from "@playwright/test"

import { pathOf, VND_PRICE } from "./support"

test("a product opens from the home page with its name and price", async ({
  page,
}) => {
  await page.goto("/")
  const card = page.getByTestId("product-card").first()
  const link = card.getByRole("link")
  const title = (await link.innerText()).trim()
  expect(title).not.toBe("")

  await link.click()

  await expect(page).toHaveURL(/\/products\/[^/]+$/)
  expect(pathOf(page)).not.toMatch(/^\/en\//)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title)
  await expect(page.getByTestId("product-title")).toHaveText(title)
  await expect(page.getByTestId("product-price")).toHaveText(VND_PRICE)
  await expect(page).toHaveTitle(
    new RegExp(title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
  )
})
