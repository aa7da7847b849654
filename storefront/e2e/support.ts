import { expect, type Page } from "@playwright/test"

/** A price as shoppers read it: dot-grouped đồng, a plain space, then the sign ("150.000 ₫"). */
export const VND_PRICE = /^\d{1,3}(\.\d{3})+ ₫$/

export const pathOf = (page: Page): string => new URL(page.url()).pathname

export const expectLanguage = async (page: Page, lang: "vi" | "en") => {
  await expect(page.locator("html")).toHaveAttribute("lang", lang)
}
