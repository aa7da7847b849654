import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"

import { loadCooperativeProfile } from "../../utils/cooperative-profile"
import { loadSellerMember } from "../../utils/seller"

/** Who is signed in and their cooperative, with its review status: the portal's status page. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const member = await loadSellerMember(req)
  res.json({
    member,
    cooperative: await loadCooperativeProfile(req.scope, member.cooperative_id),
  })
}
