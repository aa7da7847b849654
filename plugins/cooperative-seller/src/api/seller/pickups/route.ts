import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"

import {
  listPickups,
  PICKUP_CONFLICT_CODE,
  requestPickupWorkflow,
} from "../../../lib/shipping/pickups"
import { loadSellerMember } from "../../utils/seller"
import type {
  SellerGetPickupsParamsType,
  SellerRequestPickupType,
} from "./validators"

/** GET /seller/pickups: the cooperative's pickup requests and how many parcels wait for one. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const member = await loadSellerMember(req)
  const { limit, offset } = req.validatedQuery as SellerGetPickupsParamsType
  const page = await listPickups(req.scope, member.cooperative_id, {
    limit,
    offset,
  })
  res.json({ ...page, offset, limit })
}

/**
 * POST /seller/pickups: the couriers are asked to come for every parcel of the cooperative that
 * is labelled and not yet in a pickup. None waiting → 409.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<SellerRequestPickupType>,
  res: MedusaResponse
) => {
  const member = await loadSellerMember(req)
  let pickupId: string
  try {
    const { result } = await requestPickupWorkflow(req.scope).run({
      input: {
        cooperative_id: member.cooperative_id,
        note: req.validatedBody.note ?? null,
        now: new Date().toISOString(),
      },
    })
    pickupId = result
  } catch (error) {
    const { code, message } = (error ?? {}) as {
      code?: string
      message?: string
    }
    if (code === PICKUP_CONFLICT_CODE) {
      res.status(409).json({ type: "conflict", message })
      return
    }
    throw error
  }
  const {
    pickups: [pickup],
  } = await listPickups(req.scope, member.cooperative_id, {
    limit: 1,
    offset: 0,
    ids: [pickupId],
  })
  res.status(201).json({ pickup })
}
