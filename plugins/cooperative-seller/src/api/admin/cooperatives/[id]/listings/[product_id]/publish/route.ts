import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

import { publishCooperativeListingWorkflow } from "../../../../../../../workflows/publish-cooperative-listing"

/** The operator publishes a listing the cooperative proposed. */
export const POST = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const { result: id } = await publishCooperativeListingWorkflow(req.scope).run(
    {
      input: {
        cooperative_id: req.params.id ?? "",
        product_id: req.params.product_id ?? "",
      },
    }
  )
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [product],
  } = await query.graph({
    entity: "product",
    fields: ["id", "title", "handle", "status", "thumbnail", "created_at"],
    filters: { id },
  })
  res.json({ product })
}
