import {
  type APIRequestContext,
  expect as baseExpect,
  type Page,
  test,
} from "@playwright/test"

import { formatVnd } from "../src/lib/util/money"
import {
  checkoutByApi,
  orderByApi,
  publishableKey,
  registerByApi,
  storeApi,
} from "./store-api"
import { expectLanguage, expectNoSidewaysScroll, pathOf } from "./support"

// A city buyer's account: signs up, keeps a Hà Nội address in the 2025 units (found by typing
// without accents), edits it, signs out and back in. Once on a 360 px phone in Vietnamese, once
// on a desktop in English.
const PHONE = { width: 360, height: 740 }
const PASSWORD = "Tao-meo-2026"

// Each step is a server round trip on a two-core machine.
const expect = baseExpect.configure({ timeout: 20_000 })
test.describe.configure({ timeout: 120_000 })

const uniqueEmail = (prefix: string) =>
  `${prefix}-${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}@buyer.example.vn`

/** The header's account link is there and reachable with a thumb (inside the screen). */
const expectAccountLink = async (page: Page, text: string) => {
  const link = page.getByTestId("nav-account")
  await expect(link).toHaveText(text)
  const box = await link.boundingBox()
  expect(box).not.toBeNull()
  const width = page.viewportSize()?.width ?? 0
  expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(width)
  expect(box?.height ?? 0).toBeGreaterThanOrEqual(40)
}

test.describe("on a phone, in Vietnamese", () => {
  test.use({ viewport: PHONE, isMobile: true, hasTouch: true })

  test("a buyer signs up, keeps a Hà Nội address, edits it, signs out and in again", async ({
    page,
  }) => {
    const email = uniqueEmail("lan")

    // The header offers to sign in; from there, to create an account.
    await page.goto("/")
    await expectAccountLink(page, "Đăng nhập")
    await page.getByTestId("nav-account").click()
    await expect(page).toHaveURL(/\/tai-khoan\/dang-nhap$/)
    await page.getByTestId("register-link").click()
    await expect(page).toHaveURL(/\/tai-khoan\/dang-ky$/)
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Tạo tài khoản"
    )
    await expectNoSidewaysScroll(page)

    // A mistyped phone is named under its field before anything is sent; nothing typed is lost.
    await page.getByLabel("Họ và tên *").fill("Nguyễn Thị Lan")
    await page.getByLabel("Email *").fill(email)
    await page.getByLabel("Số điện thoại di động *").fill("0912 34")
    await page.getByLabel("Mật khẩu *").fill(PASSWORD)
    await page.getByTestId("register-submit").click()
    const phone = page.getByLabel("Số điện thoại di động *")
    await expect(phone).toHaveAttribute("aria-invalid", "true")
    await expect(page.getByText("Số di động chưa đúng")).toBeVisible()
    await expect(page.getByLabel("Họ và tên *")).toHaveValue("Nguyễn Thị Lan")

    await phone.fill("0912 345 678")
    await page.getByLabel("Mật khẩu *").fill(PASSWORD)
    await page.getByTestId("register-submit").click()
    await expect(page).toHaveURL(/\/tai-khoan$/)
    await expect(page.getByTestId("account-hello")).toHaveText(
      "Xin chào, Nguyễn Thị Lan"
    )
    await expectAccountLink(page, "Tài khoản")
    await expect(page.getByLabel("Số điện thoại di động *")).toHaveValue(
      "0912 345 678"
    )
    await expectNoSidewaysScroll(page)

    // The address book starts empty.
    await page
      .getByRole("navigation", { name: "Tài khoản" })
      .getByRole("link", { name: "Sổ địa chỉ" })
      .click()
    await expect(page).toHaveURL(/\/tai-khoan\/dia-chi$/)
    await expect(page.getByTestId("addresses-empty")).toBeVisible()
    await page.getByTestId("address-add").click()
    await expect(page).toHaveURL(/\/tai-khoan\/dia-chi\/them$/)
    await expectNoSidewaysScroll(page)

    // Hà Nội, then a ward found by typing without accents.
    await page.getByLabel("Họ tên người nhận *").fill("Nguyễn Thị Lan")
    await page.getByLabel("Số di động người nhận *").fill("+84 987 654 321")
    await page.getByLabel("Tỉnh, thành phố *").selectOption("01")
    await page
      .getByRole("searchbox", { name: /Tìm xã, phường/ })
      .fill("hoan kiem")
    const commune = page.getByLabel("Xã, phường *")
    await expect(commune.locator("option")).toHaveText([
      "— Chọn —",
      "Phường Hoàn Kiếm",
    ])
    await commune.selectOption({ label: "Phường Hoàn Kiếm" })
    await page.getByLabel("Số nhà, đường, thôn, bản *").fill("12 phố Hàng Bạc")
    await expectNoSidewaysScroll(page)
    await page.getByTestId("address-submit").click()

    await expect(page).toHaveURL(/\/tai-khoan\/dia-chi\?saved=added$/)
    await expect(page.getByText("Đã thêm địa chỉ.")).toBeVisible()
    const card = page.getByTestId("address")
    await expect(card).toHaveCount(1)
    await expect(card.getByTestId("address-text")).toHaveText(
      /Nguyễn Thị Lan\s*0987 654 321\s*12 phố Hàng Bạc, Phường Hoàn Kiếm, Hà Nội/
    )
    // The first address is where parcels go.
    await expect(card.getByTestId("address-default")).toHaveText("Mặc định")
    await expectNoSidewaysScroll(page)

    // Editing: the form comes back filled in, the ward included; move to Ba Đình.
    await card.getByTestId("address-edit").click()
    await expect(page).toHaveURL(/\/tai-khoan\/dia-chi\/cuaddr_\w+$/)
    await expect(page.getByLabel("Tỉnh, thành phố *")).toHaveValue("01")
    await expect(page.getByLabel("Xã, phường *")).toHaveValue("00070")
    await expect(page.getByLabel("Số di động người nhận *")).toHaveValue(
      "0987 654 321"
    )
    await page
      .getByRole("searchbox", { name: /Tìm xã, phường/ })
      .fill("ba dinh")
    await page
      .getByLabel("Xã, phường *")
      .selectOption({ label: "Phường Ba Đình" })
    await page
      .getByLabel("Số nhà, đường, thôn, bản *")
      .fill("18 phố Điện Biên Phủ")
    await page.getByTestId("address-submit").click()
    await expect(page).toHaveURL(/\/tai-khoan\/dia-chi\?saved=updated$/)
    await expect(page.getByTestId("address-text")).toHaveText(
      /18 phố Điện Biên Phủ, Phường Ba Đình, Hà Nội/
    )

    // Signing out: the header offers to sign in again, and the account is closed to visitors.
    await page.getByTestId("sign-out").click()
    await expect(page).toHaveURL(/\/$/)
    await expectAccountLink(page, "Đăng nhập")
    await page.goto("/tai-khoan/dia-chi")
    await expect(page).toHaveURL(/\/tai-khoan\/dang-nhap\?next=/)

    // A wrong password is refused in words; the right one leads back to where the buyer was going.
    await page.getByLabel("Email").fill(email)
    await page.getByLabel("Mật khẩu").fill("not-the-password")
    await page.getByTestId("sign-in-submit").click()
    await expect(page.getByText("Email hoặc mật khẩu chưa đúng.")).toBeVisible()
    await page.getByLabel("Mật khẩu").fill(PASSWORD)
    await page.getByTestId("sign-in-submit").click()
    await expect(page).toHaveURL(/\/tai-khoan\/dia-chi$/)
    await expect(page.getByTestId("address-text")).toHaveText(
      /18 phố Điện Biên Phủ, Phường Ba Đình/
    )
    await expectAccountLink(page, "Tài khoản")
    await expectNoSidewaysScroll(page)

    // The orders page is there before any order is.
    await page.goto("/tai-khoan/don-hang")
    await expect(page.getByTestId("orders-empty")).toBeVisible()
    await expectNoSidewaysScroll(page)
  })
})

test("in English: a buyer signs up, edits the profile, keeps two addresses, switches language on one, and signs in again", async ({
  page,
}) => {
  const email = uniqueEmail("minh")

  await page.goto("/en/account/register")
  await expectLanguage(page, "en")
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Create an account"
  )
  await page.getByLabel("Full name *").fill("Trần Văn Minh")
  await page.getByLabel("E-mail *").fill(email)
  await page.getByLabel("Mobile phone *").fill("0389 123 456")
  await page.getByLabel("Password *").fill("short")
  await page.getByTestId("register-submit").click()
  await expect(
    page.getByText("Too short: at least 8 characters.")
  ).toBeVisible()
  await page.getByLabel("Password *").fill(PASSWORD)
  await page.getByTestId("register-submit").click()
  await expect(page).toHaveURL(/\/en\/account$/)
  await expect(page.getByTestId("account-hello")).toHaveText(
    "Hello, Trần Văn Minh"
  )
  await expect(page.getByTestId("nav-account")).toHaveText("Account")

  // The profile: a wrong number is refused under its field, then the new name and number kept.
  await page.getByLabel("Full name *").fill("Trần Minh")
  await page.getByLabel("Mobile phone *").fill("0212 345 678")
  await page.getByTestId("profile-submit").click()
  await expect(
    page.getByText("That is not a Vietnamese mobile number")
  ).toBeVisible()
  await page.getByLabel("Mobile phone *").fill("+84 868 123 456")
  await page.getByTestId("profile-submit").click()
  await expect(page.getByText("Saved.")).toBeVisible()
  await expect(page.getByTestId("account-hello")).toHaveText("Hello, Trần Minh")
  await page.reload()
  await expect(page.getByLabel("Mobile phone *")).toHaveValue("0868 123 456")

  // The same e-mail cannot make a second account.
  const other = await page.context().browser()?.newPage()
  if (other) {
    await other.goto(new URL("/en/account/register", page.url()).toString())
    await other.getByLabel("Full name *").fill("Someone Else")
    await other.getByLabel("E-mail *").fill(email)
    await other.getByLabel("Mobile phone *").fill("0912 345 678")
    await other.getByLabel("Password *").fill("Another-2026")
    await other.getByTestId("register-submit").click()
    await expect(
      other.getByText("This e-mail already has an account. Sign in instead.")
    ).toBeVisible()
    await other.close()
  }

  await page.goto("/en/account/addresses/new")
  await page.getByLabel("Recipient's full name *").fill("Trần Văn Minh")
  await page.getByLabel("Recipient's mobile phone *").fill("0389123456")
  await page.getByLabel("Province or city *").selectOption("01")
  await page
    .getByRole("searchbox", { name: /Find a commune or ward/ })
    .fill("tay ho")
  await page
    .getByLabel("Commune or ward *")
    .selectOption({ label: "Tay Ho Ward" })
  await page.getByLabel("House number, street, village *").fill("5 Quảng An")
  await page.getByTestId("address-submit").click()
  await expect(page).toHaveURL(/\/en\/account\/addresses\?saved=added$/)
  await expect(page.getByText("Address added.")).toBeVisible()
  // The label keeps the ward's Vietnamese name: it is what the courier reads.
  await expect(page.getByTestId("address-text")).toHaveText(
    /Trần Văn Minh\s*0389 123 456\s*5 Quảng An, Phường Tây Hồ/
  )

  // An address's own page in the other language keeps its address.
  await page.getByTestId("address-edit").click()
  await expect(page).toHaveURL(/\/en\/account\/addresses\/cuaddr_\w+$/)
  const id = pathOf(page).split("/").pop() ?? ""
  await page.getByTestId("language-switch").click()
  await expect(page).toHaveURL(new RegExp(`/tai-khoan/dia-chi/${id}$`))
  await expectLanguage(page, "vi")
  await expect(page.getByLabel("Xã, phường *")).toHaveValue("00103")

  // A second address becomes the default; the first one is deleted.
  await page.goto("/en/account/addresses/new")
  await page.getByLabel("Recipient's full name *").fill("Trần Thị Mai")
  await page.getByLabel("Recipient's mobile phone *").fill("0977 111 222")
  await page.getByLabel("Province or city *").selectOption("01")
  await page
    .getByRole("searchbox", { name: /Find a commune or ward/ })
    .fill("ba dinh")
  await page
    .getByLabel("Commune or ward *")
    .selectOption({ label: "Ba Dinh Ward" })
  await page
    .getByLabel("House number, street, village *")
    .fill("3 Phan Đình Phùng")
  await page.getByTestId("address-submit").click()
  await expect(page.getByText("Address added.")).toBeVisible()
  const mai = page.getByTestId("address").filter({ hasText: "Trần Thị Mai" })
  await expect(mai.getByTestId("address-default")).toHaveCount(0)
  await mai.getByTestId("address-make-default").click()
  await expect(page.getByText("Default address set.")).toBeVisible()
  // The default comes first.
  await expect(page.getByTestId("address").first()).toContainText(
    "Trần Thị Mai"
  )
  await expect(
    page.getByTestId("address").first().getByTestId("address-default")
  ).toHaveText("Default")
  const minh = page.getByTestId("address").filter({ hasText: "Trần Văn Minh" })
  await minh.getByText("Delete", { exact: true }).click()
  await minh.getByTestId("address-delete").click()
  await expect(page.getByText("Address deleted.")).toBeVisible()
  await expect(page.getByTestId("address")).toHaveCount(1)

  await page.goto("/en/account")
  await page.getByTestId("sign-out").click()
  await expect(page.getByTestId("nav-account")).toHaveText("Sign in")
  await page.getByTestId("nav-account").click()
  await expect(page).toHaveURL(/\/en\/account\/sign-in$/)
  await page.getByLabel("E-mail").fill(email)
  await page.getByLabel("Password").fill(PASSWORD)
  await page.getByTestId("sign-in-submit").click()
  await expect(page).toHaveURL(/\/en\/account$/)
  await expect(
    page.getByText("3 Phan Đình Phùng, Phường Ba Đình")
  ).toBeVisible()
})

// Orders are placed by API here (the checkout pages have their own journey); the buyer then reads
// them in the account.

/** A buyer's account made through Medusa's routes; answers their token. */
const register = (
  request: APIRequestContext,
  key: string,
  email: string,
  name: string
): Promise<string> =>
  registerByApi(request, key, { email, password: PASSWORD, name })

const signIn = async (page: Page, email: string) => {
  await page.getByLabel("Email").fill(email)
  await page.getByLabel("Mật khẩu").fill(PASSWORD)
  await page.getByTestId("sign-in-submit").click()
}

test("a signed-in buyer's orders list shows their order, and its page the parcel, fee and cash to pay", async ({
  page,
  request,
}) => {
  const key = await publishableKey(request)
  const email = uniqueEmail("hoa")
  const token = await register(request, key, email, "Phạm Thu Hoà")
  const order = await orderByApi(request, { key, token })

  await page.goto("/tai-khoan/don-hang")
  await expect(page).toHaveURL(/\/tai-khoan\/dang-nhap\?next=/)
  await signIn(page, email)
  await expect(page).toHaveURL(/\/tai-khoan\/don-hang$/)
  const row = page.getByTestId("order")
  await expect(row).toHaveCount(1)
  await expect(row.getByTestId("order-link")).toHaveText(
    `Đơn #${order.display_id}`
  )
  await expect(row.getByTestId("order-cooperative")).toHaveText(
    order.cooperative.name
  )
  await expect(row).toContainText(formatVnd(order.total))
  await expect(row.getByTestId("order-progress")).toHaveText(
    "Hợp tác xã đang chuẩn bị hàng"
  )
  await expect(row.getByTestId("order-payment")).toHaveText(
    "Trả tiền mặt khi nhận hàng"
  )

  await row.getByTestId("order-link").click()
  await expect(page).toHaveURL(new RegExp(`/tai-khoan/don-hang/${order.id}$`))
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    `Đơn #${order.display_id}`
  )
  await expect(page.getByTestId("order-line")).toHaveCount(order.items.length)
  await expect(page.getByTestId("order-line").first()).toContainText(
    order.items[0]?.product_title ?? ""
  )
  await expect(page.getByTestId("order-shipping")).toHaveText(
    formatVnd(order.shipping_total)
  )
  await expect(page.getByTestId("order-total")).toHaveText(
    formatVnd(order.total)
  )
  await expect(page.getByTestId("order-cod")).toHaveText(
    formatVnd(order.cod_amount)
  )
  await expect(page.getByTestId("order-detail")).toContainText(
    "12 phố Hàng Bạc, Phường Hoàn Kiếm, Hà Nội"
  )

  // In English, the same order at its English address.
  await page.getByTestId("language-switch").click()
  await expect(page).toHaveURL(new RegExp(`/en/account/orders/${order.id}$`))
  await expect(page.getByTestId("order-payment")).toHaveText("Cash on delivery")

  // Another buyer who learns the order's address sees nothing of it.
  const otherEmail = uniqueEmail("other")
  await register(request, key, otherEmail, "Người Khác")
  await page.goto("/tai-khoan")
  await page.getByTestId("sign-out").click()
  await expect(page.getByTestId("nav-account")).toHaveText("Đăng nhập")
  await page.getByTestId("nav-account").click()
  await signIn(page, otherEmail)
  await expect(page).toHaveURL(/\/tai-khoan$/)
  const response = await page.goto(`/tai-khoan/don-hang/${order.id}`)
  expect(response?.status()).toBe(404)
  await expect(page.getByTestId("order-detail")).toHaveCount(0)
})

test("a cart filled before signing in becomes the buyer's, and its order shows in their account", async ({
  page,
  request,
}) => {
  const key = await publishableKey(request)
  const email = uniqueEmail("thu")
  await register(request, key, email, "Lê Thị Thu")

  // A visitor puts the first product they can buy in the cart.
  await page.goto("/products")
  const products = await page
    .getByTestId("product-card")
    .getByRole("link")
    .evaluateAll((anchors) =>
      anchors.map((anchor) => anchor.getAttribute("href") ?? "")
    )
  let added = false
  for (const href of [...new Set(products)].slice(0, 8)) {
    await page.goto(href)
    if ((await page.getByTestId("add-to-cart-submit").count()) === 0) {
      continue
    }
    await page.getByTestId("add-to-cart-submit").click()
    await expect(page.getByTestId("add-to-cart-added")).toBeVisible()
    added = true
    break
  }
  expect(added, "a product that can be bought").toBe(true)

  // Then signs in: the cart stays, and is theirs.
  await page.getByTestId("nav-account").click()
  await signIn(page, email)
  await expect(page).toHaveURL(/\/tai-khoan$/)
  await expect(page.getByTestId("cart-count")).toHaveText("1")

  // The storefront goes on with the cart by its id, as for any visitor (the cookie is the
  // cart module's; see src/lib/data/cart.ts).
  const cartId = (await page.context().cookies()).find(
    (cookie) => cookie.name === "cp_cart"
  )?.value
  expect(cartId, "the cart's cookie").toBeDefined()
  const order = await checkoutByApi(storeApi(request, key), cartId ?? "")

  await page.goto("/tai-khoan/don-hang")
  await expect(page.getByTestId("order-link")).toHaveText(
    `Đơn #${order.display_id}`
  )
})
