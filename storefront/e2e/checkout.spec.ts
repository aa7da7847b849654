import { expect as baseExpect, type Page, test } from "@playwright/test"

import {
  expectLanguage,
  expectNoSidewaysScroll,
  parseVnd,
  pathOf,
  VND_PRICE,
} from "./support"

// A guest fills one cart from two cooperatives, gives a Hà Nội address (province 01, Phường Ba
// Đình 00004), picks a courier for each cooperative's parcel, pays cash on delivery and gets
// one order per cooperative. Each step is a server round trip to the backend and its couriers.
const expect = baseExpect.configure({ timeout: 20_000 })
test.describe.configure({ timeout: 180_000 })

const TEXTS = {
  vi: {
    prefix: "",
    cart: "/gio-hang",
    checkout: "/thanh-toan",
    confirmation: /^\/dat-hang\/[\w-]+$/,
    email: "Email",
    name: "Họ tên người nhận",
    phone: "Số điện thoại di động",
    province: "Tỉnh, thành phố",
    commune: "Xã, phường",
    communeSearch: "Tìm xã, phường",
    line: "Số nhà, đường, thôn, bản",
    badPhone: /^Số di động Việt Nam có 10 chữ số/,
    order: /^Đơn hàng #\d+$/,
  },
  en: {
    prefix: "/en",
    cart: "/en/cart",
    checkout: "/en/checkout",
    confirmation: /^\/en\/order-confirmed\/[\w-]+$/,
    email: "E-mail",
    name: "Recipient's full name",
    phone: "Mobile phone",
    province: "Province or city",
    commune: "Commune or ward",
    communeSearch: "Search communes and wards",
    line: "House number, street, hamlet",
    badPhone: /^A Vietnamese mobile number has 10 digits/,
    order: /^Order #\d+$/,
  },
} as const

type Lang = keyof typeof TEXTS

/** The cooperatives' pages, in the order the list shows them. */
const cooperativePages = async (page: Page, lang: Lang): Promise<string[]> => {
  await page.goto(`${TEXTS[lang].prefix}/cooperatives`)
  const links = page.getByTestId("cooperative-card").getByRole("link")
  await expect(links.first()).toBeVisible()
  const hrefs = await links.evaluateAll((anchors) =>
    anchors.map((anchor) => anchor.getAttribute("href") ?? "")
  )
  return [...new Set(hrefs.filter(Boolean))]
}

/**
 * Puts one product of the cooperative at `href` in the cart, the first one with a size in
 * stock; answers the cooperative's name as its page shows it, or undefined when none of its
 * products can be bought.
 */
const addFromCooperative = async (
  page: Page,
  href: string
): Promise<string | undefined> => {
  await page.goto(href)
  const cooperative = (
    await page.getByTestId("cooperative-name").innerText()
  ).trim()
  const products = await page
    .getByTestId("product-card")
    .getByRole("link")
    .evaluateAll((anchors) =>
      anchors.map((anchor) => anchor.getAttribute("href") ?? "")
    )
  for (const product of [...new Set(products)].filter(Boolean)) {
    await page.goto(product)
    const form = page.getByTestId("add-to-cart")
    const soldOut = page.getByTestId("add-to-cart-sold-out")
    await expect(form.or(soldOut)).toBeVisible()
    if (await soldOut.isVisible()) {
      continue
    }
    await page.getByTestId("add-to-cart-submit").click()
    await expect(page.getByTestId("add-to-cart-added")).toBeVisible()
    return cooperative
  }
  return undefined
}

const fillAddress = async (page: Page, lang: Lang) => {
  const texts = TEXTS[lang]
  const form = page.getByTestId("contact-form")
  await form
    .getByLabel(texts.email, { exact: true })
    .fill("lan.nguyen@example.com")
  await form.getByLabel(texts.name, { exact: true }).fill("Nguyễn Thị Lan")
  // A number one digit short is named under the phone field before anything is sent.
  await form.getByLabel(texts.phone, { exact: true }).fill("091 234 567")
  await form.getByLabel(texts.province, { exact: true }).selectOption("01")
  await form
    .getByRole("searchbox", { name: texts.communeSearch })
    .fill("ba dinh")
  const commune = form.getByLabel(texts.commune, { exact: true })
  await expect(commune.locator('option[value="00004"]')).toHaveCount(1)
  await commune.selectOption("00004")
  await form.getByLabel(texts.line, { exact: true }).fill("12 Phố Đội Cấn")
  await page.getByTestId("save-contact").click()
  await expect(form.getByText(texts.badPhone)).toBeVisible()
  await expect(page).toHaveURL((url) => url.pathname === texts.checkout)

  await form.getByLabel(texts.phone, { exact: true }).fill("0912 345 678")
  await page.getByTestId("save-contact").click()
  await expect(page.getByTestId("address-summary").first()).toContainText(
    "Nguyễn Thị Lan"
  )
  await expect(page.getByTestId("address-summary").first()).toContainText(
    "0912 345 678"
  )
}

/** In each cooperative's parcel, the first option a courier could quote. */
const pickDeliveries = async (page: Page) => {
  const groups = page.getByTestId("delivery-group")
  await expect(groups).toHaveCount(2)
  for (const group of await groups.all()) {
    const option = group
      .getByTestId("delivery-option")
      .filter({ has: page.getByTestId("delivery-price") })
      .first()
    await expect(option.getByTestId("delivery-price")).toHaveText(VND_PRICE)
    await option.click()
  }
  await page.getByTestId("save-delivery").click()
  await expect(
    page.getByTestId("step-delivery").getByRole("heading", { level: 2 })
  ).toHaveAttribute("data-state", "done")
}

const amount = async (page: Page, testId: string): Promise<number> =>
  parseVnd(await page.getByTestId(testId).innerText())

const buyFromTwoCooperatives = async (page: Page, lang: Lang) => {
  const texts = TEXTS[lang]
  const phone = (page.viewportSize()?.width ?? 0) <= 400

  // Two products, from the first two cooperatives that have something in stock.
  const cooperatives: string[] = []
  for (const href of await cooperativePages(page, lang)) {
    const name = await addFromCooperative(page, href)
    if (name && !cooperatives.includes(name)) {
      cooperatives.push(name)
    }
    if (cooperatives.length === 2) {
      break
    }
  }
  expect(cooperatives).toHaveLength(2)
  await expect(page.getByTestId("cart-count")).toHaveText("2")

  // The cart: a parcel per cooperative, each with its subtotal; quantities can be changed.
  await page.getByTestId("cart-link").click()
  await expect(page).toHaveURL((url) => url.pathname === texts.cart)
  await expectLanguage(page, lang)
  const groups = page.getByTestId("cart-group")
  await expect(groups).toHaveCount(2)
  await expect(groups.getByTestId("group-cooperative")).toHaveText(cooperatives)
  const firstLine = groups.first().getByTestId("cart-line").first()
  const unit = parseVnd(await firstLine.getByTestId("line-total").innerText())
  await firstLine.getByTestId("line-increase").click()
  await expect(firstLine.getByTestId("line-quantity")).toHaveValue("2")
  await expect(firstLine.getByTestId("line-total")).toHaveText(VND_PRICE)
  expect(parseVnd(await firstLine.getByTestId("line-total").innerText())).toBe(
    2 * unit
  )
  await expect(page.getByTestId("cart-count")).toHaveText("3")
  const subtotals = await groups.getByTestId("group-subtotal").allInnerTexts()
  expect(subtotals.reduce((sum, text) => sum + parseVnd(text), 0)).toBe(
    await amount(page, "cart-item-total")
  )
  if (phone) {
    await expectNoSidewaysScroll(page)
  }

  // Checkout: address, a delivery per parcel, cash on delivery, review.
  await page.getByTestId("go-to-checkout").click()
  await expect(page).toHaveURL((url) => url.pathname === texts.checkout)
  await fillAddress(page, lang)
  if (phone) {
    await expectNoSidewaysScroll(page)
  }
  await pickDeliveries(page)
  await expect(
    page.locator('[data-testid="payment-method"][data-kind="cod"] input')
  ).toBeChecked()
  const review = page.getByTestId("review")
  await expect(review.getByTestId("group-shipping")).toHaveCount(2)
  const itemTotal = await amount(page, "cart-item-total")
  const shippingTotal = await amount(page, "cart-shipping-total")
  const total = await amount(page, "cart-total")
  expect(shippingTotal).toBeGreaterThan(0)
  expect(total).toBe(itemTotal + shippingTotal)
  if (phone) {
    await expectNoSidewaysScroll(page)
  }

  // The order: one per cooperative, each with its total and the cash for its courier.
  await page.getByTestId("place-order").click()
  await expect(page.getByTestId("confirmation")).toBeVisible({
    timeout: 60_000,
  })
  expect(pathOf(page)).toMatch(texts.confirmation)
  const orders = page.getByTestId("confirmed-order")
  await expect(orders).toHaveCount(2)
  await expect(orders.getByTestId("order-number")).toHaveText([
    texts.order,
    texts.order,
  ])
  const orderCooperatives = await orders
    .getByTestId("group-cooperative")
    .allInnerTexts()
  expect([...orderCooperatives].sort()).toEqual([...cooperatives].sort())
  const orderTotals = (
    await orders.getByTestId("order-total").allInnerTexts()
  ).map(parseVnd)
  const codAmounts = (
    await orders.getByTestId("order-cod").allInnerTexts()
  ).map(parseVnd)
  expect(orderTotals).toEqual(codAmounts)
  await expect(page.getByTestId("grand-total")).toHaveText(VND_PRICE)
  const grandTotal = await amount(page, "grand-total")
  expect(orderTotals.reduce((sum, value) => sum + value, 0)).toBe(grandTotal)
  expect(grandTotal).toBe(total)
  expect(await amount(page, "cod-total")).toBe(grandTotal)
  // The cart is spent: the header no longer counts anything.
  await expect(page.getByTestId("cart-count")).toHaveCount(0)
  if (phone) {
    await expectNoSidewaysScroll(page)
  }
}

test("a guest buys from two cooperatives with cash on delivery and gets an order from each", async ({
  page,
}) => {
  await buyFromTwoCooperatives(page, "vi")
})

test("the checkout speaks English at /en/checkout", async ({ page }) => {
  await buyFromTwoCooperatives(page, "en")
})

test.describe("on a 360 px phone", () => {
  test.use({
    viewport: { width: 360, height: 740 },
    isMobile: true,
    hasTouch: true,
  })

  test("the same purchase fits the screen at every step", async ({ page }) => {
    await buyFromTwoCooperatives(page, "vi")
  })
})
