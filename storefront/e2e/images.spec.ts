import { expect, test } from "@playwright/test"

import { expectImagesLoaded } from "./support"

test("product pictures load on the home page and the catalogue, as AVIF or WebP", async ({
  page,
}) => {
  await page.goto("/")
  await expectImagesLoaded(page)
  await page.goto("/products")
  await expectImagesLoaded(page)
  const picture = page.getByTestId("product-card").first().locator("picture")
  await expect(picture.locator('source[type="image/avif"]')).toHaveAttribute(
    "srcset",
    /\s320w/
  )
  // The browser's choice is one of the backend's files, never Next's optimizer.
  const current = await picture
    .locator("img")
    .evaluate((element) => (element as HTMLImageElement).currentSrc)
  expect(current).not.toContain("/_next/image")
})

test("a product page and a cooperative page show their pictures", async ({
  page,
}) => {
  await page.goto("/products")
  await page.getByTestId("product-card").first().getByRole("link").click()
  await expect(page.getByTestId("product-gallery")).toBeVisible()
  await expectImagesLoaded(page)
  await page.getByTestId("origin-cooperative").click()
  await expect(page.getByTestId("cooperative-name")).toBeVisible()
  await expectImagesLoaded(page)
})

test("every picture says what it shows", async ({ page }) => {
  for (const path of ["/", "/products", "/cooperatives", "/en"]) {
    await page.goto(path)
    for (const image of await page.locator("main img").all()) {
      await expect(image).toHaveAttribute("alt", /\S/)
    }
  }
})
