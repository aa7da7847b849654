import { z } from "@medusajs/framework/zod"

export const AdminUpdateMarketplaceSettings = z
  .object(
    {
      listings_need_approval: z.boolean({
        error: (issue) =>
          issue.input === undefined
            ? "listings_need_approval is required: true or false."
            : "listings_need_approval must be true or false.",
      }),
    },
    { error: "Send a JSON object with listings_need_approval." }
  )
  .strict()

export type AdminUpdateMarketplaceSettingsType = z.infer<
  typeof AdminUpdateMarketplaceSettings
>

export const AdminNoQuery = z.object({}).strict()
