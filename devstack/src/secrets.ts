import { randomBytes } from "node:crypto"
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs"
import { dirname, join } from "node:path"

/** Where generated secrets are kept, beside the embedded database. */
export const secretsFile = (root: string): string =>
  join(root, ".data", "secrets.json")

export type Secrets = { JWT_SECRET: string; COOKIE_SECRET: string }

/**
 * Secrets come from the environment. When they are not set (a newcomer's first `npm start`), random
 * ones are made once and kept in `.data/`, so sessions survive a restart; nothing is hard-coded.
 */
export const loadSecrets = (
  file: string,
  env: NodeJS.ProcessEnv = process.env
): Secrets => {
  if (env.JWT_SECRET && env.COOKIE_SECRET) {
    return { JWT_SECRET: env.JWT_SECRET, COOKIE_SECRET: env.COOKIE_SECRET }
  }
  let stored: Partial<Secrets> = {}
  if (existsSync(file)) {
    stored = JSON.parse(readFileSync(file, "utf8")) as Partial<Secrets>
  }
  const secrets: Secrets = {
    JWT_SECRET:
      env.JWT_SECRET || stored.JWT_SECRET || randomBytes(32).toString("hex"),
    COOKIE_SECRET:
      env.COOKIE_SECRET ||
      stored.COOKIE_SECRET ||
      randomBytes(32).toString("hex"),
  }
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 })
  return secrets
}
