import { existsSync } from "node:fs"
import { dirname, join, resolve } from "node:path"

import { PlainError } from "./errors"

/** The project root: the folder whose package.json declares the workspaces. */
export const findProjectRoot = (from: string = process.cwd()): string => {
  let dir = resolve(from)
  for (;;) {
    if (
      existsSync(join(dir, "turbo.json")) &&
      existsSync(join(dir, "devstack"))
    ) {
      return dir
    }
    const parent = dirname(dir)
    if (parent === dir) {
      throw new PlainError(
        "Run this command from inside the Chợ Phiên project folder."
      )
    }
    dir = parent
  }
}

export const parsePort = (
  name: string,
  value: string | undefined,
  fallback: number
): number => {
  if (value === undefined || value === "") {
    return fallback
  }
  const port = Number(value)
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new PlainError(
      `${name} must be a port number between 1 and 65535, not "${value}".`
    )
  }
  return port
}

export type StackConfig = {
  root: string
  backendPort: number
  storefrontPort: number
  /** Set when the person runs their own PostgreSQL; otherwise the embedded one is used. */
  databaseUrl: string | undefined
  /** The embedded cluster used when DATABASE_URL is unset: its port, folder and database. */
  embedded: { port: number; dataDir: string; database: string }
  redisUrl: string | undefined
  production: boolean
}

export const readStackConfig = (
  env: NodeJS.ProcessEnv = process.env
): StackConfig => {
  const root = findProjectRoot()
  return {
    root,
    backendPort: parsePort("BACKEND_PORT", env.BACKEND_PORT, 9000),
    storefrontPort: parsePort("STOREFRONT_PORT", env.STOREFRONT_PORT, 8000),
    databaseUrl: env.DATABASE_URL || undefined,
    embedded: {
      port: parsePort(
        "EMBEDDED_POSTGRES_PORT",
        env.EMBEDDED_POSTGRES_PORT,
        54329
      ),
      dataDir: join(root, ".data", "postgres"),
      database: "cho_phien",
    },
    redisUrl: env.REDIS_URL || undefined,
    production: env.NODE_ENV === "production",
  }
}

/**
 * Reads `--only a,b` from the arguments: every name must be one of `allowed`. Without the flag,
 * the fallback.
 */
export const parseOnly = <T extends string>(
  args: string[],
  allowed: readonly T[],
  fallback: T[]
): T[] => {
  const index = args.indexOf("--only")
  if (index < 0) {
    return fallback
  }
  const wanted = (args[index + 1] ?? "").split(",").filter(Boolean)
  const isAllowed = (name: string): name is T =>
    (allowed as readonly string[]).includes(name)
  if (wanted.length === 0 || !wanted.every(isAllowed)) {
    throw new PlainError(
      `--only takes one or more of ${allowed.join(", ")}, separated by commas.`
    )
  }
  return wanted.filter(isAllowed)
}
