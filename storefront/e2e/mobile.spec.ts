import { expect, test, type Page } from "@playwright/test"

test.use({
  viewport: { width: 360, height: 740 },
  isMobile: true,
  hasTouch: true,
})

const scrollWidth = (page: Page) =>
  page.evaluate(
    () => document.scrollingElement?.scrollWidth ?? Number.POSITIVE_INFINITY
  )

test("the home page fits a 360 px phone without sideways scrolling", async ({
  page,
}) => {
  await page.goto("/")
  await expect(page.getByTestId("product-card").first()).toBeVisible()
  expect(await scrollWidth(page)).toBeLessThanOrEqual(360)
})

test("a product page fits a 360 px phone too", async ({ page }) => {
  await page.goto("/")
  await page.getByTestId("product-card").first().getByRole("link").click()
  await expect(page.getByTestId("product-title")).toBeVisible()
  expect(await scrollWidth(page)).toBeLessThanOrEqual(360)
})
