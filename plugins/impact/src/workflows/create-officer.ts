import { MedusaError, Modules } from "@medusajs/framework/utils"
import {
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  type WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"

import { OFFICER_MODULE } from "../modules/officer"
import type OfficerModuleService from "../modules/officer/service"

export type CreateOfficerWorkflowInput = {
  email: string
  name: string
  password: string
  province_codes: string[]
}

/** The officer's sign-in: an e-mail and password identity of its own. */
const registerOfficerIdentityStep = createStep(
  "register-officer-identity",
  async (input: { email: string; password: string }, { container }) => {
    const auth = container.resolve(Modules.AUTH)
    const [taken] = await auth.listProviderIdentities({
      entity_id: input.email,
      provider: "emailpass",
    })
    if (taken) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `${input.email} already has an account here; give the officer an e-mail address of their own.`
      )
    }
    const { authIdentity, error } = await auth.register("emailpass", {
      body: { email: input.email, password: input.password },
    })
    if (error || !authIdentity) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `The officer's sign-in could not be made: ${error ?? "no identity"}.`
      )
    }
    return new StepResponse(authIdentity.id, authIdentity.id)
  },
  async (authIdentityId, { container }) => {
    if (authIdentityId) {
      await container
        .resolve(Modules.AUTH)
        .deleteAuthIdentities([authIdentityId])
    }
  }
)

const createOfficerStep = createStep(
  "create-officer",
  async (
    input: { email: string; name: string; province_codes: string[] },
    { container }
  ) => {
    const service = container.resolve<OfficerModuleService>(OFFICER_MODULE)
    const officer = await service.createOfficers(input)
    return new StepResponse(officer, officer.id)
  },
  async (officerId, { container }) => {
    if (officerId) {
      await container
        .resolve<OfficerModuleService>(OFFICER_MODULE)
        .deleteOfficers(officerId)
    }
  }
)

/**
 * The operator makes a programme officer: their sign-in (actor `officer`, e-mail and password)
 * and their record with the provinces they may read (none listed: all). All or nothing.
 */
export const createOfficerWorkflow = createWorkflow(
  "create-officer",
  (input: WorkflowData<CreateOfficerWorkflowInput>) => {
    const authIdentityId = registerOfficerIdentityStep(
      transform({ input }, ({ input }) => ({
        email: input.email,
        password: input.password,
      }))
    )
    const officer = createOfficerStep(
      transform({ input }, ({ input }) => ({
        email: input.email,
        name: input.name,
        province_codes: input.province_codes,
      }))
    )
    setAuthAppMetadataStep(
      transform({ authIdentityId, officer }, ({ authIdentityId, officer }) => ({
        authIdentityId,
        actorType: "officer",
        value: officer.id,
      }))
    )
    return new WorkflowResponse(officer)
  }
)
