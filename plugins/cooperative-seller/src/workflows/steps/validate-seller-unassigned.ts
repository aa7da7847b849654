import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

import { COOPERATIVE_MODULE } from "../../modules/cooperative"
import type CooperativeModuleService from "../../modules/cooperative/service"

export type ValidateSellerUnassignedInput = { auth_identity_id: string }

/**
 * A seller account applies for one cooperative only: an identity that already names a member, or
 * whose e-mail already belongs to a cooperative's staff, is refused before anything is written.
 * Returns the e-mail the account signed up with.
 */
export const validateSellerUnassignedStep = createStep(
  "validate-seller-unassigned",
  async (input: ValidateSellerUnassignedInput, { container }) => {
    const auth = container.resolve(Modules.AUTH)
    const identity = await auth.retrieveAuthIdentity(input.auth_identity_id, {
      relations: ["provider_identities"],
    })
    const alreadyMember = new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "This account already belongs to a cooperative; sign in again to see its status instead of applying twice."
    )
    if (identity.app_metadata?.seller_id) {
      throw alreadyMember
    }
    const email = identity.provider_identities?.find(
      (provider) => provider.provider === "emailpass"
    )?.entity_id
    if (!email) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "Apply with an account registered by e-mail and password."
      )
    }
    const cooperatives =
      container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    const [member] = await cooperatives.listCooperativeMembers(
      { email },
      { select: ["id"] }
    )
    if (member) {
      throw alreadyMember
    }
    return new StepResponse({ email })
  }
)
