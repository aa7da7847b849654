import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

import { updateCooperativeProfileWorkflow } from "../../../../workflows/update-cooperative-profile"
import { loadCooperativeProfile } from "../../../utils/cooperative-profile"
import { loadSellerMember } from "../../../utils/seller"
import type { SellerUpdateCooperativeType } from "../validators"

/** The signed-in seller's own cooperative; any other id is answered as if it did not exist. */
const ownCooperativeId = async (
  req: AuthenticatedMedusaRequest
): Promise<string> => {
  const member = await loadSellerMember(req)
  const id = req.params.id ?? ""
  if (member.cooperative_id !== id) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `There is no cooperative with id ${id}.`
    )
  }
  return id
}

export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const id = await ownCooperativeId(req)
  res.json({ cooperative: await loadCooperativeProfile(req.scope, id) })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<SellerUpdateCooperativeType>,
  res: MedusaResponse
) => {
  const id = await ownCooperativeId(req)
  await updateCooperativeProfileWorkflow(req.scope).run({
    input: { id, changes: req.validatedBody },
  })
  res.json({ cooperative: await loadCooperativeProfile(req.scope, id) })
}
