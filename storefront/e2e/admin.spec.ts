import { expect, test, type Page } from "@playwright/test"

// The operator's side: Medusa's admin at /app on the backend (BACKEND_URL, set by the test runner).
const admin = (path: string): string =>
  `${process.env.BACKEND_URL || "http://localhost:9000"}/app${path}`

const logIn = async (page: Page, password: string): Promise<void> => {
  await page.goto(admin("/login"))
  await page.getByPlaceholder("Email").fill("admin@chophien.local")
  await page.getByPlaceholder("Password").fill(password)
  await page.getByRole("button", { name: "Continue with Email" }).click()
}

test("the operator logs in with the demo login and stays logged in across pages", async ({
  page,
}) => {
  await logIn(page, "ChoPhien!2026")
  await expect(page).toHaveURL(/\/app\/orders/)

  // The demo catalogue has more products than one admin page shows: search for one.
  await page.goto(admin("/products?q=Cam%20Cao%20Phong"))
  await expect(page).toHaveURL(/\/app\/products/)
  await expect(
    page.getByText("Cam Cao Phong", { exact: true }).first()
  ).toBeVisible()
})

test("a wrong password keeps the operator on the login page with a message", async ({
  page,
}) => {
  await logIn(page, "not-the-password")
  await expect(page.getByText("Invalid email or password")).toBeVisible()
  await expect(page).toHaveURL(/\/app\/login/)
})
