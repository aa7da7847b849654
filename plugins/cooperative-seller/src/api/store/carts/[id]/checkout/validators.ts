import { z } from "@medusajs/framework/zod"

export const StoreCheckoutParams = z
  .object({
    id: z.string().min(1).max(64, "A cart id has at most 64 characters."),
  })
  .strict()

export const StoreCheckoutBody = z
  .object({
    payment_provider_id: z
      .string()
      .min(1, "Choose a payment method.")
      .max(64, "A payment method id has at most 64 characters.")
      .default("pp_cod_cod"),
  })
  .strict()

export type StoreCheckoutBody = z.infer<typeof StoreCheckoutBody>
