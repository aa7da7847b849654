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
    /** For cards: the Stripe PaymentMethod the buyer's card became in Stripe Elements. */
    payment_method: z
      .string()
      .max(255, "A payment method has at most 255 characters.")
      .regex(
        /^pm_[A-Za-z0-9_]+$/,
        "payment_method must be the id of a Stripe PaymentMethod (pm_…), made from the card in Stripe Elements."
      )
      .optional(),
  })
  .strict()
  .refine(
    (body) =>
      body.payment_provider_id !== "pp_stripe_stripe" || !!body.payment_method,
    {
      message:
        "Paying by card needs payment_method: the card's Stripe PaymentMethod id from Stripe Elements.",
    }
  )

export type StoreCheckoutBody = z.infer<typeof StoreCheckoutBody>
