import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"

// What a buyer must never read about a cooperative through `fields=+cooperative.*`.
const PRIVATE_COOPERATIVE_FIELDS = [
  "phone",
  "email",
  "status",
  "status_reason",
  "commission_rate",
] as const

type WithCooperative = { cooperative?: Record<string, unknown> | null }

const strip = (product: unknown): void => {
  const cooperative = (product as WithCooperative | null)?.cooperative
  if (cooperative && typeof cooperative === "object") {
    for (const field of PRIVATE_COOPERATIVE_FIELDS) {
      delete cooperative[field]
    }
  }
}

/**
 * The store product routes may be asked for `cooperative.*`; the cooperative's contact details,
 * status and commission are removed from the answer before it leaves the server.
 */
export const stripPrivateCooperativeFields = (
  _req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
): void => {
  const json = res.json.bind(res)
  res.json = (body: unknown) => {
    const payload = body as {
      products?: unknown[]
      product?: unknown
    } | null
    payload?.products?.forEach(strip)
    strip(payload?.product)
    return json(body)
  }
  next()
}
