import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createUsersWorkflow } from "@medusajs/medusa/core-flows"

import { DEMO_OPERATOR_EMAIL, DEMO_PASSWORD } from "./constants"
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
