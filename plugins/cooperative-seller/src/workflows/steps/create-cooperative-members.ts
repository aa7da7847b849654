import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

import { COOPERATIVE_MODULE } from "../../modules/cooperative"
import type CooperativeModuleService from "../../modules/cooperative/service"
import type { CreateCooperativeMemberInput } from "../../modules/cooperative/types"

export const createCooperativeMembersStep = createStep(
  "create-cooperative-members",
  async (data: CreateCooperativeMemberInput[], { container }) => {
    const service =
      container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    const members = await service.createCooperativeMembers(data)
    return new StepResponse(
      members,
      members.map((member) => member.id)
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const service =
      container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    await service.deleteCooperativeMembers(ids)
  }
)
