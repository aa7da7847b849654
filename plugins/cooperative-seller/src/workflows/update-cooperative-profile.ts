import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"

import { COOPERATIVE_UPDATED_EVENT } from "../lib/cooperative-events"

import type { UpdateCooperativeInput } from "../modules/cooperative/types"
import { resolveProvincesStep, updateCooperativesStep } from "./steps"

export type CooperativeProfileChanges = Omit<
  UpdateCooperativeInput,
  | "id"
  | "handle"
  | "status"
  | "status_reason"
  | "commission_rate"
  | "province_code"
  | "registration_number"
  | "cover_image"
  | "gallery"
>

export type UpdateCooperativeProfileWorkflowInput = {
  id: string
  changes: CooperativeProfileChanges
}

/**
 * A seller edits their cooperative's profile. A new commune moves the cooperative to that
 * commune's province; status, handle and commission are the operator's and cannot be changed here.
 */
export const updateCooperativeProfileWorkflow = createWorkflow(
  "update-cooperative-profile",
  (input: UpdateCooperativeProfileWorkflowInput) => {
    const provinces = when(
      "commune-changed",
      { input },
      ({ input }) => input.changes.commune_code !== undefined
    ).then(() =>
      resolveProvincesStep(
        transform({ input }, ({ input }) => [input.changes.commune_code ?? ""])
      )
    )
    const update = transform(
      { input, provinces },
      ({ input, provinces }): UpdateCooperativeInput[] => {
        const commune = input.changes.commune_code
        return [
          {
            ...input.changes,
            id: input.id,
            ...(commune && provinces?.[commune]
              ? { province_code: provinces[commune] }
              : {}),
          },
        ]
      }
    )
    const cooperatives = updateCooperativesStep(update)
    emitEventStep({
      eventName: COOPERATIVE_UPDATED_EVENT,
      data: transform({ update }, ({ update }) => ({ id: update[0]?.id })),
    }).config({ name: "emit-cooperative-updated" })
    return new WorkflowResponse(
      transform({ cooperatives }, ({ cooperatives }) => cooperatives[0])
    )
  }
)
