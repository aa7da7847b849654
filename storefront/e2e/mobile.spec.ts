import { expect, test } from "@playwright/test"

import { expectNoSidewaysScroll } from "./support"

test.use({
  viewport: { width: 360, height: 740 },
  isMobile: true,
  hasTouch: true,
})

test("the home page fits a 360 px phone without sideways scrolling", async ({
  page,
}) => {
  await page.goto("/")
  await expect(page.getByTestId("product-card").first()).toBeVisible()
  await expectNoSidewaysScroll(page)
})

test("the catalogue fits a 360 px phone, filtered or not", async ({ page }) => {
  await page.goto("/products")
  // On a phone the filters fold away under their summary, below which the products start.
  await expect(page.getByTestId("catalogue-filters-panel")).toBeVisible()
  await expect(page.getByTestId("catalogue-filters")).toBeHidden()
  await expect(page.getByTestId("product-card").first()).toBeInViewport()
  await expectNoSidewaysScroll(page)
  await page.goto("/en/products?ocop_min=4&price_min=10000&sort=price_desc")
  await expect(page.getByTestId("active-filters")).toBeVisible()
  await expectNoSidewaysScroll(page)
})

test("a product page fits a 360 px phone too", async ({ page }) => {
  await page.goto("/products")
  await page.getByTestId("product-card").first().getByRole("link").click()
  await expect(page.getByTestId("product-title")).toBeVisible()
  await expect(page.getByTestId("origin-panel")).toBeVisible()
  await expectNoSidewaysScroll(page)
})

test("cooperative pages fit a 360 px phone", async ({ page }) => {
  await page.goto("/cooperatives")
  await expect(page.getByTestId("cooperative-card").first()).toBeVisible()
  await expectNoSidewaysScroll(page)
  await page.getByTestId("cooperative-card").first().getByRole("link").click()
  await expect(page.getByTestId("cooperative-name")).toBeVisible()
  await expectNoSidewaysScroll(page)
})
