import { expect, test } from "@playwright/test"

// The operator tags a cooperative with a poverty-reduction programme in Medusa's admin
// (Programmes); officers' figures filtered by that programme then include its commune.
const backend = process.env.BACKEND_URL || "http://localhost:9000"
const COOPERATIVE = "HTX Dệt thổ cẩm Khung Cửi Mai Châu"
const COMMUNE = "05200"
const PROGRAMME = "giam-ngheo-thong-tin"

test("the operator tags a cooperative with a programme, and officers' programme figures follow", async ({
  page,
  request,
}) => {
  const signIn = await request.post(`${backend}/auth/officer/emailpass`, {
    data: { email: "officer@chophien.local", password: "ChoPhien!2026" },
  })
  const { token } = (await signIn.json()) as { token: string }
  const communesInProgramme = async (): Promise<string[]> => {
    const response = await request.get(
      `${backend}/officer/impact/communes?programme=${PROGRAMME}`,
      { headers: { authorization: `Bearer ${token}` } }
    )
    expect(response.status()).toBe(200)
    const body = (await response.json()) as {
      communes: { commune_code: string }[]
    }
    return body.communes.map((c) => c.commune_code)
  }
  expect(await communesInProgramme()).not.toContain(COMMUNE)

  await page.goto(`${backend}/app/login`)
  await page.getByPlaceholder("Email").fill("admin@chophien.local")
  await page.getByPlaceholder("Password").fill("ChoPhien!2026")
  await page.getByRole("button", { name: "Continue with Email" }).click()
  await expect(page).toHaveURL(/\/app\/orders/)
  await page.getByRole("link", { name: "Programmes" }).click()
  await expect(page.getByRole("heading", { name: "Programmes" })).toBeVisible()

  const box = page.getByRole("checkbox", {
    name: `${COOPERATIVE}: Project 6, Sub-project 1: information poverty reduction`,
  })
  await box.click()
  await expect(box).toBeChecked()
  await expect.poll(communesInProgramme).toContain(COMMUNE)

  // Untagged again, the commune leaves the programme's figures.
  await box.click()
  await expect(box).not.toBeChecked()
  await expect.poll(communesInProgramme).not.toContain(COMMUNE)
})
