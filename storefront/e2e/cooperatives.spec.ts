import { expect, test } from "@playwright/test"

import { expectLanguage } from "./support"

test("the cooperatives list filters by province and opens a cooperative", async ({
  page,
}) => {
  await page.goto("/cooperatives")
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hợp tác xã")
  const cards = page.getByTestId("cooperative-card")
  await expect(cards.first()).toBeVisible()

  // Filter by the province of the first cooperative, read from its card.
  const firstCard = cards.first()
  const place = await firstCard.getByTestId("cooperative-province").innerText()
  const provinceName = place.split(",").pop()?.trim() ?? ""
  await page
    .getByTestId("filter-province")
    .selectOption({ label: provinceName })
  await page.getByRole("button", { name: "Lọc" }).click()
  await expect(page).toHaveURL(/\/cooperatives\?province=\d{2}$/)
  for (const card of await cards.all()) {
    await expect(card.getByTestId("cooperative-province")).toContainText(
      provinceName
    )
  }

  const link = cards.first().getByRole("link")
  const name = (await link.innerText()).trim()
  await link.click()
  await expect(page).toHaveURL(/\/cooperatives\/[a-z0-9-]+$/)
  await expect(page).toHaveTitle(new RegExp(name))
  await expect(page.getByTestId("cooperative-name")).toHaveText(name)
  await expect(page.getByTestId("cooperative-location")).toContainText(
    provinceName
  )
  await expect(page.getByTestId("cooperative-ethnic-groups")).not.toBeEmpty()
  await expect(page.getByTestId("households").locator("dd")).toHaveCount(4)
  await expect(page.getByTestId("cooperative-story")).not.toBeEmpty()
  for (const certificate of await page.getByTestId("certificate").all()) {
    await expect(certificate.getByTestId("certificate-state")).toHaveText(
      /^(Còn hiệu lực|Sắp hết hạn|Đã hết hạn)$/
    )
  }
})

test("a cooperative page reads in English under /en", async ({ page }) => {
  await page.goto("/en/cooperatives")
  await expectLanguage(page, "en")
  await page.getByTestId("cooperative-card").first().getByRole("link").click()
  await expect(page).toHaveURL(/\/en\/cooperatives\/[a-z0-9-]+$/)
  await expect(page.getByRole("heading", { name: "The story" })).toBeVisible()
  for (const certificate of await page.getByTestId("certificate").all()) {
    await expect(certificate.getByTestId("certificate-state")).toHaveText(
      /^(Valid|Expires soon|Expired)$/
    )
  }
})

test("an unknown cooperative answers 404", async ({ page }) => {
  for (const path of [
    "/cooperatives/htx-khong-co-that",
    "/cooperatives/NOT_A_HANDLE",
    "/en/cooperatives/no-such-cooperative",
  ]) {
    const response = await page.goto(path)
    expect(response?.status(), path).toBe(404)
    await expect(page.getByTestId("not-found")).toBeVisible()
  }
})
