import { z } from "@medusajs/framework/zod"

import { PROGRAMME_CODES } from "../../../lib/programmes"

export const SetProgrammesBody = z
  .object({
    programmes: z
      .array(
        z.enum(PROGRAMME_CODES, {
          message: `Each programme is one of ${PROGRAMME_CODES.join(", ")}.`,
        })
      )
      .max(PROGRAMME_CODES.length, "List each programme at most once."),
  })
  .strict()
export type SetProgrammesBody = z.infer<typeof SetProgrammesBody>

export const CooperativeParams = z
  .object({
    id: z.string().min(1).max(64, "That is not a cooperative's id."),
  })
  .strict()
