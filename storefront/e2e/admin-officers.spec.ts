import { expect, test } from "@playwright/test"

// The operator makes a programme officer in Medusa's admin (Officers), limited to one province;
// the officer then signs in as an officer and reads only that province.
const backend = process.env.BACKEND_URL || "http://localhost:9000"

test("the operator adds an officer for Lào Cai in the admin, who then signs in as an officer", async ({
  page,
  request,
}) => {
  const email = `can-bo-${Date.now().toString(36)}@officer.example.vn`
  await page.goto(`${backend}/app/login`)
  await page.getByPlaceholder("Email").fill("admin@chophien.local")
  await page.getByPlaceholder("Password").fill("ChoPhien!2026")
  await page.getByRole("button", { name: "Continue with Email" }).click()
  await expect(page).toHaveURL(/\/app\/orders/)

  await page.getByRole("link", { name: "Officers" }).click()
  await expect(
    page.getByRole("heading", { name: "Programme officers" })
  ).toBeVisible()
  await page.getByLabel("Full name").fill("Lò Văn Minh")
  await page.getByLabel("E-mail").fill(email)
  await page
    .getByLabel("Password (10 characters or more)")
    .fill("mat-khau-can-bo")
  await page.getByLabel("Tỉnh Lào Cai").check()
  await page.getByRole("button", { name: "Add officer" }).click()
  const row = page.getByTestId("officer-row").filter({ hasText: email })
  await expect(row).toContainText("Tỉnh Lào Cai")

  // A taken e-mail is refused with the backend's sentence, and nothing is added.
  await page.getByLabel("Full name").fill("Người khác")
  await page.getByLabel("E-mail").fill(email)
  await page
    .getByLabel("Password (10 characters or more)")
    .fill("mat-khau-khac-1")
  await page.getByRole("button", { name: "Add officer" }).click()
  await expect(page.getByRole("alert")).toContainText("already has an account")
  await expect(
    page.getByTestId("officer-row").filter({ hasText: email })
  ).toHaveCount(1)

  const signIn = await request.post(`${backend}/auth/officer/emailpass`, {
    data: { email, password: "mat-khau-can-bo" },
  })
  expect(signIn.status()).toBe(200)
  const { token } = (await signIn.json()) as { token: string }
  const me = await request.get(`${backend}/officer/me`, {
    headers: { authorization: `Bearer ${token}` },
  })
  expect(await me.json()).toMatchObject({
    officer: {
      email,
      all_provinces: false,
      provinces: [{ code: "15", name: "Tỉnh Lào Cai" }],
    },
  })

  page.once("dialog", (dialog) => void dialog.accept())
  await row.getByRole("button", { name: "Remove" }).click()
  await expect(
    page.getByTestId("officer-row").filter({ hasText: email })
  ).toHaveCount(0)
  const after = await request.get(`${backend}/officer/me`, {
    headers: { authorization: `Bearer ${token}` },
  })
  expect(after.status()).toBe(401)
})
