import { addCooperativeMemberWorkflow } from "@cho-phien/cooperative-seller/workflows"
import { createOfficerWorkflow } from "@cho-phien/impact/workflows"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createUsersWorkflow } from "@medusajs/medusa/core-flows"

import {
  DEMO_OFFICER_EMAIL,
  DEMO_OPERATOR_EMAIL,
  DEMO_PASSWORD,
  DEMO_SELLER_COOPERATIVE_HANDLE,
  DEMO_SELLER_EMAIL,
} from "./constants"
import type { Logger } from "./progress"

/**
 * The demo operator login (a Medusa admin user). Demo data only: it refuses to run when
 * NODE_ENV is production, so a real deployment never ships a known password.
 */
export const seedDemoOperator = async (
  container: MedusaContainer,
  options: { logger?: Logger; env?: NodeJS.ProcessEnv } = {}
): Promise<{ email: string } | undefined> => {
  const logger =
    options.logger ?? container.resolve(ContainerRegistrationKeys.LOGGER)
  const env = options.env ?? process.env
  if (env.NODE_ENV === "production") {
    logger.info("NODE_ENV is production: no demo logins are created.")
    return undefined
  }
  const userModule = container.resolve(Modules.USER)
  const existing = await userModule.listUsers({ email: DEMO_OPERATOR_EMAIL })
  if (existing.length > 0) {
    return { email: DEMO_OPERATOR_EMAIL }
  }
  const authModule = container.resolve(Modules.AUTH)
  const {
    result: [user],
  } = await createUsersWorkflow(container).run({
    input: {
      users: [
        {
          email: DEMO_OPERATOR_EMAIL,
          first_name: "Vận hành",
          last_name: "Chợ Phiên",
        },
      ],
    },
  })
  if (!user) {
    throw new Error("The demo operator was not created.")
  }
  const { authIdentity, error } = await authModule.register("emailpass", {
    body: { email: DEMO_OPERATOR_EMAIL, password: DEMO_PASSWORD },
  })
  if (error || !authIdentity) {
    throw new Error(
      `The demo operator's password could not be set: ${error ?? "no identity"}`
    )
  }
  await authModule.updateAuthIdentities({
    id: authIdentity.id,
    app_metadata: { user_id: user.id },
  })
  logger.info(`Demo operator login: ${DEMO_OPERATOR_EMAIL} / ${DEMO_PASSWORD}`)
  return { email: DEMO_OPERATOR_EMAIL }
}

/**
 * The demo seller login: owner of one seeded cooperative, for trying the seller portal. Demo data
 * only, like the operator; safe to run again (an existing member is left alone, and an account
 * left without a member by an interrupted run is reused).
 */
export const seedDemoSeller = async (
  container: MedusaContainer,
  options: {
    logger?: Logger
    env?: NodeJS.ProcessEnv
    cooperativeHandle?: string
  } = {}
): Promise<{ email: string; cooperative_id: string } | undefined> => {
  const logger =
    options.logger ?? container.resolve(ContainerRegistrationKeys.LOGGER)
  const env = options.env ?? process.env
  if (env.NODE_ENV === "production") {
    logger.info("NODE_ENV is production: no demo logins are created.")
    return undefined
  }
  const handle = options.cooperativeHandle ?? DEMO_SELLER_COOPERATIVE_HANDLE
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [cooperative],
  } = (await query.graph({
    entity: "cooperative",
    fields: ["id"],
    filters: { handle },
  })) as {
    data: { id: string }[]
  }
  if (!cooperative) {
    logger.info(`No cooperative "${handle}" to give the demo seller.`)
    return undefined
  }
  const {
    data: [member],
  } = (await query.graph({
    entity: "cooperative_member",
    fields: ["id", "cooperative_id"],
    filters: { email: DEMO_SELLER_EMAIL },
  })) as { data: { id: string; cooperative_id: string }[] }
  if (member) {
    return { email: DEMO_SELLER_EMAIL, cooperative_id: member.cooperative_id }
  }
  const authModule = container.resolve(Modules.AUTH)
  const [existing] = await authModule.listProviderIdentities({
    entity_id: DEMO_SELLER_EMAIL,
    provider: "emailpass",
  })
  let authIdentityId = existing?.auth_identity_id
  if (!authIdentityId) {
    const { authIdentity, error } = await authModule.register("emailpass", {
      body: { email: DEMO_SELLER_EMAIL, password: DEMO_PASSWORD },
    })
    if (error || !authIdentity) {
      throw new Error(
        `The demo seller's password could not be set: ${error ?? "no identity"}`
      )
    }
    authIdentityId = authIdentity.id
  }
  await addCooperativeMemberWorkflow(container).run({
    input: {
      auth_identity_id: authIdentityId,
      member: {
        cooperative_id: cooperative.id,
        email: DEMO_SELLER_EMAIL,
        name: "Chủ nhiệm HTX",
        role: "owner",
      },
    },
  })
  logger.info(`Demo seller login: ${DEMO_SELLER_EMAIL} / ${DEMO_PASSWORD}`)
  return { email: DEMO_SELLER_EMAIL, cooperative_id: cooperative.id }
}

/**
 * The demo programme officer: reads every province's impact figures. Demo data only, like the
 * other demo logins; an existing officer is left alone.
 */
export const seedDemoOfficer = async (
  container: MedusaContainer,
  options: { logger?: Logger; env?: NodeJS.ProcessEnv } = {}
): Promise<{ email: string } | undefined> => {
  const logger =
    options.logger ?? container.resolve(ContainerRegistrationKeys.LOGGER)
  const env = options.env ?? process.env
  if (env.NODE_ENV === "production") {
    logger.info("NODE_ENV is production: no demo logins are created.")
    return undefined
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = (await query.graph({
    entity: "officer",
    fields: ["id"],
    filters: { email: DEMO_OFFICER_EMAIL },
  })) as { data: { id: string }[] }
  if (data.length === 0) {
    await createOfficerWorkflow(container).run({
      input: {
        email: DEMO_OFFICER_EMAIL,
        name: "Cán bộ chương trình",
        password: DEMO_PASSWORD,
        province_codes: [],
      },
    })
  }
  logger.info(`Demo officer login: ${DEMO_OFFICER_EMAIL} / ${DEMO_PASSWORD}`)
  return { email: DEMO_OFFICER_EMAIL }
}
