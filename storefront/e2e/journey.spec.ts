import { expect, test, type Page } from "@playwright/test"

import {
  escapeRegExp,
  expectLanguage,
  firstOptionWithProducts,
  pathOf,
  TRACEABILITY_CODE,
  VND_PRICE,
} from "./support"

const TEXTS = {
  vi: { prefix: "", products: "Sản phẩm", cooperatives: "Hợp tác xã" },
  en: { prefix: "/en", products: "Products", cooperatives: "Cooperatives" },
} as const

/**
 * Home → catalogue filtered by a province through the filter form → a product with its origin and
 * QR code → its cooperative. The same walk runs in both languages.
 */
const walk = async (page: Page, lang: "vi" | "en") => {
  const texts = TEXTS[lang]
  await page.goto(texts.prefix || "/")
  await expectLanguage(page, lang)

  await page
    .getByRole("navigation", { name: /./ })
    .getByRole("link", { name: texts.products, exact: true })
    .click()
  await expect(page).toHaveURL(new RegExp(`${texts.prefix}/products$`))
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    texts.products
  )

  const provinceSelect = page.getByTestId("filter-province")
  const province = await firstOptionWithProducts(provinceSelect)
  await provinceSelect.selectOption(province.value)
  await page.getByTestId("filter-apply").click()
  await expect(page).toHaveURL(
    new RegExp(`${texts.prefix}/products\\?.*province=${province.value}`)
  )
  await expect(provinceSelect).toHaveValue(province.value)

  const cards = page.getByTestId("product-card")
  await expect(cards.first()).toBeVisible()
  for (const card of await cards.all()) {
    await expect(card.getByTestId("product-province")).toHaveText(province.name)
    await expect(card.getByTestId("card-price")).toHaveText(VND_PRICE)
  }

  const link = cards.first().getByRole("link")
  const title = (await link.innerText()).trim()
  await link.click()
  await expect(page).toHaveURL(new RegExp(`${texts.prefix}/products/[^/?]+$`))
  const productPath = pathOf(page)
  await expect(page.getByTestId("product-title")).toHaveText(title)
  await expect(page.getByTestId("variant").first()).toBeVisible()
  await expect(page.getByTestId("stock-state").first()).toBeVisible()

  const origin = page.getByTestId("origin-panel")
  await expect(origin).toBeVisible()
  await expect(origin.getByTestId("origin-place")).toContainText(province.name)
  await expect(origin.getByTestId("origin-ethnic-group")).not.toBeEmpty()
  await expect(origin.getByTestId("traceability-code")).toHaveText(
    TRACEABILITY_CODE
  )
  const qr = origin.getByTestId("traceability-qr")
  await expect(qr.locator("svg path")).toHaveCount(1)
  await expect(qr).toHaveAttribute(
    "data-url",
    new RegExp(`^https?://[^/]+${escapeRegExp(productPath)}#origin$`)
  )

  const cooperativeLink = origin.getByTestId("origin-cooperative")
  const cooperativeName = (await cooperativeLink.innerText()).trim()
  await cooperativeLink.click()
  await expect(page).toHaveURL(
    new RegExp(`${texts.prefix}/cooperatives/[^/?]+$`)
  )
  await expect(page.getByTestId("cooperative-name")).toHaveText(cooperativeName)
  await expect(page.getByTestId("cooperative-location")).toContainText(
    province.name
  )
  await expect(page.getByTestId("households")).toBeVisible()
  await expect(
    page.getByTestId("product-card").getByRole("link", { name: title })
  ).toBeVisible()
}

test("a shopper walks from the home page to a product's origin and its cooperative", async ({
  page,
}) => {
  await walk(page, "vi")
})

test("the same walk works in English under /en", async ({ page }) => {
  await walk(page, "en")
})
