import { STOREFRONT_KEY_TITLE } from "@cho-phien/seed"
import type { MedusaContainer } from "@medusajs/framework/types"
import { createApiKeysWorkflow } from "@medusajs/medusa/core-flows"

/** A publishable key, as the storefront sends with every /store request. */
export const createStorefrontKey = async (
  container: MedusaContainer
): Promise<{ headers: { "x-publishable-api-key": string } }> => {
  const {
    result: [key],
  } = await createApiKeysWorkflow(container).run({
    input: {
      api_keys: [
        { title: STOREFRONT_KEY_TITLE, type: "publishable", created_by: "" },
      ],
    },
  })
  if (!key) {
    throw new Error("No publishable key was created.")
  }
  return { headers: { "x-publishable-api-key": key.token } }
}
