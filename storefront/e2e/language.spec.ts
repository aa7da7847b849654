import { expect, test } from "@playwright/test"

import { expectLanguage, pathOf, VND_PRICE } from "./support"

test("the language switch takes the home page to English and back", async ({
  page,
}) => {
  await page.goto("/")
  await expectLanguage(page, "vi")
  const toEnglish = page.getByTestId("language-switch")
  await expect(toEnglish).toHaveText("English")

  await toEnglish.click()
  await expect(page).toHaveURL(/\/en$/)
  await expectLanguage(page, "en")
  await expect(page.getByRole("banner")).toContainText(
    "Highland produce, from the cooperative to your kitchen"
  )
  // Prices read the same in English.
  await expect(
    page.getByTestId("product-card").first().getByTestId("card-price")
  ).toHaveText(VND_PRICE)

  const toVietnamese = page.getByTestId("language-switch")
  await expect(toVietnamese).toHaveText("Tiếng Việt")
  await toVietnamese.click()
  await expect.poll(() => pathOf(page)).toBe("/")
  await expectLanguage(page, "vi")
})

test("the language switch keeps the visitor on the same product", async ({
  page,
}) => {
  await page.goto("/")
  await page.getByTestId("product-card").first().getByRole("link").click()
  await expect(page).toHaveURL(/\/products\/[^/]+$/)
  const vietnamesePath = pathOf(page)
  const vietnameseTitle = await page.getByTestId("product-title").innerText()

  await page.getByTestId("language-switch").click()
  await expect.poll(() => pathOf(page)).toBe(`/en${vietnamesePath}`)
  await expectLanguage(page, "en")
  await expect(page.getByTestId("product-title")).toBeVisible()
  await expect(page.getByTestId("product-price")).toHaveText(VND_PRICE)

  await page.getByTestId("language-switch").click()
  await expect.poll(() => pathOf(page)).toBe(vietnamesePath)
  await expectLanguage(page, "vi")
  await expect(page.getByTestId("product-title")).toHaveText(vietnameseTitle)
})
