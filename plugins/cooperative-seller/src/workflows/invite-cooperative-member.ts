import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  sendNotificationsStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"

import { INVITE_VALID_DAYS, inviteAcceptUrl } from "../lib/invite-tokens"
import { createCooperativeInviteStep } from "./steps/create-cooperative-invite"
import { validateInviteAllowedStep } from "./steps/validate-invite-allowed"

export type InviteCooperativeMemberWorkflowInput = {
  cooperative_id: string
  email: string
  name: string
  /** The owner who invites, named in the e-mail. */
  invited_by: string
}

/**
 * The owner invites a person to the cooperative's staff: the invitation is stored (its token only
 * as a digest) and the person is e-mailed a link to accept it. The e-mail goes last; if it cannot
 * be sent, the invitation is withdrawn.
 */
export const inviteCooperativeMemberWorkflow = createWorkflow(
  "invite-cooperative-member",
  (input: InviteCooperativeMemberWorkflowInput) => {
    validateInviteAllowedStep(
      transform({ input }, ({ input }) => ({
        cooperative_id: input.cooperative_id,
        email: input.email,
      }))
    )
    const { data: cooperatives } = useQueryGraphStep({
      entity: "cooperative",
      fields: ["id", "name"],
      filters: { id: input.cooperative_id },
    })
    const created = createCooperativeInviteStep(
      transform({ input }, ({ input }) => ({
        cooperative_id: input.cooperative_id,
        email: input.email,
        name: input.name,
      }))
    )
    sendNotificationsStep(
      transform(
        { input, created, cooperatives },
        ({ input, created, cooperatives }) => {
          const cooperative = (cooperatives as { name: string }[])[0]
          return [
            {
              to: input.email,
              channel: "email",
              template: "cooperative-invite",
              data: {
                subject: `Mời bạn tham gia ${cooperative?.name ?? "hợp tác xã"} trên Chợ Phiên`,
                cooperative_id: input.cooperative_id,
                cooperative_name: cooperative?.name ?? "",
                name: input.name,
                invited_by: input.invited_by,
                accept_url: inviteAcceptUrl(created.token),
                valid_days: INVITE_VALID_DAYS,
              },
            },
          ]
        }
      )
    )
    return new WorkflowResponse(
      transform({ created }, ({ created }) => created.invite)
    )
  }
)
