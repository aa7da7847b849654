import {
  transform,
  when,
  type WorkflowData,
} from "@medusajs/framework/workflows-sdk"
import {
  emitEventStep,
  sendNotificationsStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"

import { COOPERATIVE_UPDATED_EVENT } from "../lib/cooperative-events"
import type { UpdateCooperativeInput } from "../modules/cooperative/types"
import {
  type CooperativeReviewAction,
  updateCooperativesStep,
  validateCooperativeTransitionStep,
} from "./steps"

export type ReviewCooperativeWorkflowInput = {
  id: string
  reason?: string | null
}

type Reviewed = {
  id: string
  name: string
  handle: string
  email: string | null
  members?: { email: string; name: string; role: string }[]
}

const SUBJECTS: Record<CooperativeReviewAction, string> = {
  approve: "Hợp tác xã của bạn đã được duyệt",
  reject: "Hồ sơ hợp tác xã chưa được duyệt",
  suspend: "Hợp tác xã của bạn tạm dừng bán",
}

/**
 * The operator's review, shared by the approve, reject and suspend workflows: check the
 * transition, store the new status and its reason, then e-mail the cooperative's owner (or the
 * cooperative's own address when it has no owner yet). The e-mail goes last because it cannot be
 * taken back; if it fails, the status change is undone.
 */
export const reviewCooperative = (
  input: WorkflowData<ReviewCooperativeWorkflowInput>,
  action: CooperativeReviewAction
) => {
  const transition = validateCooperativeTransitionStep(
    transform({ input }, ({ input }) => ({ id: input.id, action }))
  )
  const update = transform(
    { input, transition },
    ({ input, transition }): UpdateCooperativeInput[] => [
      {
        id: input.id,
        status: transition.status,
        status_reason: input.reason ?? null,
      },
    ]
  )
  const updated = updateCooperativesStep(update)
  emitEventStep({
    eventName: COOPERATIVE_UPDATED_EVENT,
    data: transform({ update }, ({ update }) => ({ id: update[0]?.id })),
  }).config({ name: "emit-cooperative-updated" })
  const { data } = useQueryGraphStep({
    entity: "cooperative",
    fields: [
      "id",
      "name",
      "handle",
      "email",
      "members.email",
      "members.name",
      "members.role",
    ],
    filters: { id: input.id },
  })
  const notifications = transform(
    { data, input, transition },
    ({ data, input, transition }) => {
      const cooperative = (data as Reviewed[])[0]
      const owner = cooperative?.members?.find(
        (member) => member.role === "owner"
      )
      const to = owner?.email ?? cooperative?.email
      if (!cooperative || !to) {
        return []
      }
      return [
        {
          to,
          channel: "email",
          template: `cooperative-${action}`,
          data: {
            subject: SUBJECTS[action],
            cooperative_id: cooperative.id,
            cooperative_name: cooperative.name,
            handle: cooperative.handle,
            owner_name: owner?.name ?? null,
            status: transition.status,
            reason: input.reason ?? null,
          },
        },
      ]
    }
  )
  when({ notifications }, ({ notifications }) => notifications.length > 0).then(
    () => {
      sendNotificationsStep(notifications)
    }
  )
  return transform({ updated }, ({ updated }) => updated[0])
}
