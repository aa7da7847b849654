import { expect, type Locator, type Page } from "@playwright/test"

import { backend, DEMO_OPERATOR, DEMO_PASSWORD, DEMO_SELLER } from "./store-api"

/** A price as shoppers read it: dot-grouped đồng, a plain space, then the sign ("150.000 ₫"). */
export const VND_PRICE = /^\d{1,3}(\.\d{3})+ ₫$/

/** A traceability code as printed on the pack: "CP-04606-3FA2C1". */
export const TRACEABILITY_CODE = /^CP-\d{5}-[0-9A-F]{6}$/

export const pathOf = (page: Page): string => new URL(page.url()).pathname

export const expectLanguage = async (page: Page, lang: "vi" | "en") => {
  await expect(page.locator("html")).toHaveAttribute("lang", lang)
}

export const escapeRegExp = (text: string): string =>
  text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")

/** Reads "150.000 ₫" back into 150000. */
export const parseVnd = (text: string): number =>
  Number(text.replace(/[^\d]/g, ""))

/**
 * The first choice of a filter menu that has something behind it: its value and its name without
 * the count ("Lào Cai (5)" → "Lào Cai").
 */
export const firstOptionWithProducts = async (
  select: Locator
): Promise<{ value: string; name: string }> => {
  const options = await select.locator("option").evaluateAll((elements) =>
    elements.map((element) => ({
      value: (element as HTMLOptionElement).value,
      label: element.textContent ?? "",
    }))
  )
  const option = options.find(
    ({ value, label }) => value !== "" && !/\(0\)$/.test(label)
  )
  expect(option, "a filter choice with products").toBeDefined()
  return {
    value: option?.value ?? "",
    name: (option?.label ?? "").replace(/\s*\(\d+\)$/, ""),
  }
}

const scrollWidth = (page: Page) =>
  page.evaluate(
    () => document.scrollingElement?.scrollWidth ?? Number.POSITIVE_INFINITY
  )

/** The page is no wider than the screen: nothing to scroll sideways. */
export const expectNoSidewaysScroll = async (page: Page) => {
  const width = page.viewportSize()?.width ?? 0
  expect(await scrollWidth(page)).toBeLessThanOrEqual(width)
}

/** Every <img> in main, scrolled into view so lazy ones load, has really loaded. */
export const expectImagesLoaded = async (page: Page) => {
  const images = await page.locator("main img").all()
  expect(images.length).toBeGreaterThan(0)
  for (const image of images) {
    await image.scrollIntoViewIfNeeded()
    await expect
      .poll(() =>
        image.evaluate((element) => (element as HTMLImageElement).naturalWidth)
      )
      .toBeGreaterThan(0)
  }
}

/** The demo cooperative's member signs in to the seller portal, in Vietnamese. */
export const signInSeller = async (page: Page) => {
  await page.goto("/seller/sign-in")
  await page.waitForLoadState("networkidle")
  await page.getByLabel("Email").fill(DEMO_SELLER)
  await page.getByLabel("Mật khẩu").fill(DEMO_PASSWORD)
  await page.getByRole("button", { name: "Đăng nhập" }).click()
  await expect(page).toHaveURL(/\/seller$/, { timeout: 20_000 })
}

/** The demo operator signs in to Medusa's admin. */
export const signInToAdmin = async (page: Page) => {
  await page.goto(`${backend}/app/login`)
  await page.getByPlaceholder("Email").fill(DEMO_OPERATOR)
  await page.getByPlaceholder("Password").fill(DEMO_PASSWORD)
  await page.getByRole("button", { name: "Continue with Email" }).click()
  await expect(page).toHaveURL(/\/app\/orders/, { timeout: 20_000 })
}
