import { randomBytes } from "node:crypto"

import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

const MAX_HANDLE_LENGTH = 100

/**
 * A product title as an ASCII handle: "Táo mèo sấy khô" → "tao-meo-say-kho". Medusa's own default
 * keeps the accents, which makes addresses that shoppers cannot type and links that break when
 * copied; đ becomes d as Vietnamese readers expect.
 */
export const toAsciiHandle = (title: string): string =>
  title
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, MAX_HANDLE_LENGTH - 7)
    .replace(/-+$/g, "")

/**
 * A free handle for a new product titled `title`: its ASCII form, or that with a short random
 * ending when another product already has it.
 */
export const availableProductHandle = async (
  container: MedusaContainer,
  title: string
): Promise<string> => {
  const base = toAsciiHandle(title) || "san-pham"
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id"],
    filters: { handle: base },
  })
  return data.length === 0 ? base : `${base}-${randomBytes(3).toString("hex")}`
}
