import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

import { loadCheckoutView } from "../../../../lib/checkout/serialize"

/**
 * A completed checkout, for the buyer's confirmation page. Like Medusa's own `GET /store/orders/:id`
 * it answers to whoever holds the (unguessable) id.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  res.json({
    checkout: await loadCheckoutView(req.scope, req.params.id as string),
  })
}
