import { expect, test } from "@playwright/test"

import { escapeRegExp, pathOf, VND_PRICE } from "./support"

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
  await expect(page).toHaveTitle(new RegExp(escapeRegExp(title)))
})

test("a product page prices every variant and says whether it is in stock", async ({
  page,
}) => {
  await page.goto("/products")
  await page.getByTestId("product-card").first().getByRole("link").click()
  const variants = page.getByTestId("variant")
  await expect(variants.first()).toBeVisible()
  for (const variant of await variants.all()) {
    await expect(variant.getByTestId("variant-price")).toHaveText(VND_PRICE)
    await expect(variant.getByTestId("stock-state")).toHaveText(
      /^(Còn hàng|Sắp hết hàng|Hết hàng)$/
    )
  }
})

test("a product page describes itself to search engines and link previews", async ({
  page,
}) => {
  await page.goto("/products")
  const href = await page
    .getByTestId("product-card")
    .first()
    .getByRole("link")
    .getAttribute("href")
  // Opened afresh, as a crawler or a link preview would.
  await page.goto(href ?? "/")
  const title = await page.getByTestId("product-title").innerText()

  const jsonLd = JSON.parse(
    (await page
      .locator('script[type="application/ld+json"]')
      .first()
      .textContent()) ?? "{}"
  ) as {
    "@type"?: string
    name?: string
    sku?: string
    image?: string[]
    countryOfOrigin?: { name?: string }
    manufacturer?: { name?: string }
    offers?: { price?: number; priceCurrency?: string; availability?: string }[]
  }
  expect(jsonLd["@type"]).toBe("Product")
  expect(jsonLd.name).toBe(title)
  expect(jsonLd.sku).toBeTruthy()
  expect(jsonLd.image?.[0]).toMatch(/^https?:\/\//)
  expect(jsonLd.countryOfOrigin?.name).toBe("VN")
  expect(jsonLd.manufacturer?.name).toBe(
    (await page.getByTestId("origin-cooperative").innerText()).trim()
  )
  expect(jsonLd.offers?.length).toBeGreaterThan(0)
  for (const offer of jsonLd.offers ?? []) {
    expect(offer.priceCurrency).toBe("VND")
    expect(Number.isInteger(offer.price)).toBe(true)
    expect(offer.availability).toMatch(/^https:\/\/schema\.org\//)
  }

  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute(
    "content",
    title
  )
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute(
    "content",
    /^https?:\/\/.+\.webp$/
  )
  await expect(page.locator('meta[name="description"]')).toHaveAttribute(
    "content",
    /\S/
  )
})

test("the origin panel names the cooperative, place, people and season, with dated certificates", async ({
  page,
}) => {
  await page.goto("/en/products?certification=OCOP")
  await page.getByTestId("product-card").first().getByRole("link").click()
  const origin = page.getByTestId("origin-panel")
  await expect(origin.getByTestId("origin-cooperative")).toHaveAttribute(
    "href",
    /^\/en\/cooperatives\/[a-z0-9-]+$/
  )
  await expect(origin.getByTestId("origin-place")).toHaveText(/\S+, \S+/)
  await expect(origin.getByTestId("origin-season")).toContainText(
    /January|February|March|April|May|June|July|August|September|October|November|December|All year round/
  )
  // The catalogue was filtered by OCOP, so one of the product's certificates is an OCOP rating
  // (it may hold others too, in any order).
  const certificate = origin
    .getByTestId("certificate")
    .filter({ hasText: /OCOP/ })
    .first()
  await expect(certificate).toBeVisible()
  await expect(certificate.getByTestId("certificate-state")).toHaveText(
    /^(Valid|Expires soon|Expired)$/
  )
  await expect(certificate.locator("time").first()).toHaveAttribute(
    "datetime",
    /^\d{4}-\d{2}-\d{2}$/
  )
})
