import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"

const explain = (error: z.ZodError): string =>
  error.issues
    .map((issue) =>
      issue.code === "unrecognized_keys"
        ? `Unknown parameter${issue.keys.length > 1 ? "s" : ""}: ${issue.keys.join(", ")}.`
        : issue.message
    )
    .join(" ")

/**
 * Validates the path parameters and the query string against strict zod schemas. Whatever fails
 * becomes a 400 whose message is the schema's own sentence, written for a person to act on. The
 * parsed query (defaults applied, numbers coerced) is left in `req.validatedQuery`.
 */
export const validateRequest =
  (schemas: { params?: z.ZodType; query?: z.ZodType }) =>
  (
    req: MedusaRequest,
    _res: MedusaResponse,
    next: MedusaNextFunction
  ): void => {
    for (const [part, schema] of Object.entries(schemas) as [
      "params" | "query",
      z.ZodType,
    ][]) {
      const result = schema.safeParse(req[part] ?? {})
      if (!result.success) {
        next(
          new MedusaError(MedusaError.Types.INVALID_DATA, explain(result.error))
        )
        return
      }
      if (part === "query") {
        req.validatedQuery = result.data as MedusaRequest["validatedQuery"]
      }
    }
    next()
  }
