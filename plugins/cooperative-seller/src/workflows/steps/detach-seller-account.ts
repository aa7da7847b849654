import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type DetachSellerAccountInput = { member_id: string; email: string }

/**
 * Removes `app_metadata.seller_id` from the account that named this member, so that signing in
 * again gives a registration token only (with which the person may apply or accept a new
 * invitation). Medusa's setAuthAppMetadataStep would leave the key behind as null, which then
 * blocks setting it again; and an update merges JSON into what is stored, so the metadata is
 * cleared first and then written back without the key. Compensation puts the key back.
 */
export const detachSellerAccountStep = createStep(
  "detach-seller-account",
  async (input: DetachSellerAccountInput, { container }) => {
    const auth = container.resolve(Modules.AUTH)
    const providers = await auth.listProviderIdentities(
      { entity_id: input.email, provider: "emailpass" },
      { select: ["id", "auth_identity_id"] }
    )
    const ids = providers.flatMap((p) =>
      p.auth_identity_id ? [p.auth_identity_id] : []
    )
    if (ids.length === 0) {
      return new StepResponse(null, null)
    }
    const identities = await auth.listAuthIdentities({ id: ids })
    const identity = identities.find(
      (candidate) => candidate.app_metadata?.seller_id === input.member_id
    )
    if (!identity) {
      return new StepResponse(null, null)
    }
    const { seller_id: _removed, ...rest } = identity.app_metadata ?? {}
    // The DTO does not admit null, though the column is nullable and null replaces what is stored.
    const cleared = null as unknown as Record<string, unknown>
    await auth.updateAuthIdentities({ id: identity.id, app_metadata: cleared })
    await auth.updateAuthIdentities({ id: identity.id, app_metadata: rest })
    return new StepResponse(identity.id, {
      id: identity.id,
      member_id: input.member_id,
    })
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    const auth = container.resolve(Modules.AUTH)
    const identity = await auth.retrieveAuthIdentity(previous.id)
    await auth.updateAuthIdentities({
      id: identity.id,
      app_metadata: {
        ...(identity.app_metadata ?? {}),
        seller_id: previous.member_id,
      },
    })
  }
)
