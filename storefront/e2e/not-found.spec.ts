import { expect, test } from "@playwright/test"

import { expectLanguage } from "./support"

test("an unknown product answers 404 with a Vietnamese page", async ({
  page,
}) => {
  const response = await page.goto("/products/khong-co-san-pham-nay")
  expect(response?.status()).toBe(404)
  await expectLanguage(page, "vi")
  await expect(page.getByTestId("not-found")).toHaveText("Không tìm thấy trang")
  await expect(
    page.getByRole("link", { name: "Về trang chủ" })
  ).toHaveAttribute("href", "/")
})

test("an unknown product answers 404 in English under /en", async ({
  page,
}) => {
  const response = await page.goto("/en/products/no-such-product")
  expect(response?.status()).toBe(404)
  await expectLanguage(page, "en")
  await expect(page.getByTestId("not-found")).toHaveText("Page not found")
})

test("an unknown address answers 404 too", async ({ page }) => {
  const response = await page.goto("/khong-co-trang-nay")
  expect(response?.status()).toBe(404)
  await expect(page.getByTestId("not-found")).toBeVisible()
})
