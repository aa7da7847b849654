import { createStorefrontKey } from "@cho-phien/seed"
import type { MedusaContainer } from "@medusajs/framework/types"

/** Request options carrying a publishable key, as the storefront sends with every /store request. */
export const storefrontHeaders = async (
  container: MedusaContainer
): Promise<{ headers: { "x-publishable-api-key": string } }> => {
  const key = await createStorefrontKey(container)
  return { headers: { "x-publishable-api-key": key.token } }
}
