import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"

type Part = "params" | "query" | "body"

const explain = (error: z.ZodError, part: Part): string =>
  error.issues
    .map((issue) => {
      if (issue.code !== "unrecognized_keys") {
        return issue.message
      }
      const noun = part === "body" ? "field" : "parameter"
      const where = issue.path.length > 0 ? ` in ${issue.path.join(".")}` : ""
      return `Unknown ${noun}${issue.keys.length > 1 ? "s" : ""}${where}: ${issue.keys.join(", ")}.`
    })
    .join(" ")

/**
 * Validates the path parameters, the query string and the JSON body against strict zod schemas.
 * Whatever fails becomes a 400 whose message is the schema's own sentence, written for a person
 * to act on. The parsed query (defaults applied, numbers coerced) is left in `req.validatedQuery`
 * and the parsed body (text trimmed) in `req.validatedBody`.
 */
export const validateRequest =
  (schemas: { params?: z.ZodType; query?: z.ZodType; body?: z.ZodType }) =>
  (
    req: MedusaRequest,
    _res: MedusaResponse,
    next: MedusaNextFunction
  ): void => {
    for (const [part, schema] of Object.entries(schemas) as [
      Part,
      z.ZodType,
    ][]) {
      const result = schema.safeParse(req[part] ?? {})
      if (!result.success) {
        next(
          new MedusaError(
            MedusaError.Types.INVALID_DATA,
            explain(result.error, part)
          )
        )
        return
      }
      if (part === "query") {
        req.validatedQuery = result.data as MedusaRequest["validatedQuery"]
      }
      if (part === "body") {
        req.validatedBody = result.data
      }
    }
    next()
  }
