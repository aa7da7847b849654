import { expect, test, type APIRequestContext } from "@playwright/test"

// The operator's review in Medusa's admin: a seller applies over the API (seller-portal.spec.ts
// does it through the portal), the operator approves in the admin's Cooperatives page, and the
// cooperative reaches the storefront.
const backend = process.env.BACKEND_URL || "http://localhost:9000"

const apply = async (
  request: APIRequestContext,
  handle: string
): Promise<void> => {
  const email = `${handle}@seller.example.vn`
  const registered = await request.post(
    `${backend}/auth/seller/emailpass/register`,
    { data: { email, password: "Mật-khẩu-2026" } }
  )
  expect(registered.status()).toBe(200)
  const { token } = (await registered.json()) as { token: string }
  const applied = await request.post(`${backend}/seller/cooperatives`, {
    headers: { authorization: `Bearer ${token}` },
    data: {
      name: `HTX Mận Hậu ${handle.slice(-6)}`,
      handle,
      registration_number: "5300123456",
      commune_code: "04630",
      address_line: "Bản Lìm Thái",
      phone: "0912 345 678",
      email,
      ethnic_groups: ["thai"],
      households: { total: 24, poor: 6, near_poor: 4, ethnic_minority: 24 },
      story_vi: "Bà con trồng mận hậu trên đồi.",
      story_en: "Members grow plums on the hills.",
      owner_name: "Lò Văn Pọm",
    },
  })
  expect(applied.status()).toBe(201)
}

test("the operator approves a cooperative's application in the admin and it reaches the store", async ({
  page,
  request,
}) => {
  const handle = `htx-man-hau-${Date.now().toString(36)}`
  await apply(request, handle)

  // Pending: not on the storefront yet.
  expect((await page.goto(`/cooperatives/${handle}`))?.status()).toBe(404)

  await page.goto(`${backend}/app/login`)
  await page.getByPlaceholder("Email").fill("admin@chophien.local")
  await page.getByPlaceholder("Password").fill("ChoPhien!2026")
  await page.getByRole("button", { name: "Continue with Email" }).click()
  await expect(page).toHaveURL(/\/app\/orders/)

  await page.getByRole("link", { name: "Cooperatives" }).click()
  await expect(
    page.getByRole("heading", { name: "Cooperatives" })
  ).toBeVisible()
  // Applications waiting for review are what the page opens on.
  await page.getByRole("link", { name: new RegExp(handle.slice(-6)) }).click()
  await expect(
    page.getByRole("heading", { level: 1, name: /HTX Mận Hậu/ })
  ).toBeVisible()
  await expect(page.getByText("Xã Tú Lệ, Lào Cai (04630)")).toBeVisible()
  await page.getByRole("button", { name: "Approve" }).click()
  // Once active, the only decision left is to suspend it.
  await expect(page.getByRole("button", { name: "Suspend" })).toBeVisible()
  await expect(page.getByRole("button", { name: "Approve" })).toHaveCount(0)

  const storePage = await page.goto(`/cooperatives/${handle}`)
  expect(storePage?.status()).toBe(200)
  await expect(page.getByRole("heading", { level: 1 })).toContainText(
    "HTX Mận Hậu"
  )
})
