import { z } from "@medusajs/framework/zod"

const missingOr =
  (field: string, kind: string) =>
  (issue: { input: unknown }): string =>
    issue.input === undefined ? `${field} is required.` : `${field} ${kind}.`

const personName = z
  .string({ error: missingOr("name", "must be text") })
  .trim()
  .min(2, "name must be 2–120 characters long.")
  .max(120, "name must be 2–120 characters long.")

/** POST /seller/invites: whom the owner invites. */
export const SellerCreateInvite = z
  .object(
    {
      email: z
        .string({ error: missingOr("email", "must be text") })
        .trim()
        .toLowerCase()
        .max(254, "email must be at most 254 characters long.")
        .pipe(
          z.email("email is not an e-mail address, for example lan@example.vn.")
        ),
      name: personName,
    },
    { error: "Send the invitation as a JSON object with email and name." }
  )
  .strict()

export type SellerCreateInviteType = z.infer<typeof SellerCreateInvite>

/** POST /seller/invites/accept: the token from the e-mail, and the person's own name. */
export const SellerAcceptInvite = z
  .object(
    {
      token: z
        .string({ error: missingOr("token", "must be text") })
        .trim()
        .min(
          1,
          "token is required: open the link in the invitation e-mail again."
        )
        .max(
          200,
          "token is not an invitation token: open the link in the invitation e-mail again."
        ),
      name: personName.optional(),
    },
    { error: "Send a JSON object with the invitation token." }
  )
  .strict()

export type SellerAcceptInviteType = z.infer<typeof SellerAcceptInvite>

export const SellerInviteParams = z
  .object({
    id: z
      .string()
      .max(100, "An invitation id has at most 100 characters.")
      .regex(
        /^[A-Za-z0-9_]+$/,
        "An invitation id looks like cinv_01J…; copy it from GET /seller/members."
      ),
  })
  .strict()

export const SellerMemberParams = z
  .object({
    id: z
      .string()
      .max(100, "A staff member id has at most 100 characters.")
      .regex(
        /^[A-Za-z0-9_]+$/,
        "A staff member id looks like cmem_01J…; copy it from GET /seller/members."
      ),
  })
  .strict()

export const SellerNoQuery = z.object({}).strict()
