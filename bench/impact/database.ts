/**
 * The impact bench's throwaway database (bench/lib/scratch-database.ts), migrated with Medusa's
 * own migrations, so the tables and indexes are the real ones. `dropBenchDatabase` undoes what
 * was made.
 */
import { randomBytes } from "node:crypto"
import { existsSync } from "node:fs"
import { join } from "node:path"

import { PlainError } from "../../devstack/src/errors"
import { runStep, stopChildren } from "../checkout/processes"
import {
  dropScratchDatabases,
  openScratchDatabase,
  type ScratchDatabase,
} from "../lib/scratch-database"

/** What `medusa db:migrate` loads: the backend's config and our built plugins. */
const BUILD_OUTPUTS = [
  "backend/.medusa/server/medusa-config.js",
  "plugins/cooperative-seller/.medusa/server/src",
  "plugins/impact/.medusa/server/src",
  "plugins/couriers-vn/.medusa/server/src",
  "plugins/payments-vn/.medusa/server/src",
]

const DATABASE = "cho_phien_bench_impact"

export type BenchDatabase = ScratchDatabase

/** Stops the migration step if it still runs, then drops the database; safe to call twice. */
export const dropBenchDatabase = async (): Promise<void> => {
  await stopChildren()
  await dropScratchDatabases()
}

export const prepareBenchDatabase = async (options: {
  root: string
  databaseUrl?: string
  verbose: boolean
  log: (line: string) => void
}): Promise<BenchDatabase> => {
  const { root, log, verbose } = options
  const missing = BUILD_OUTPUTS.filter((path) => !existsSync(join(root, path)))
  if (missing.length > 0) {
    throw new PlainError(
      `The bench migrates with the built backend and plugins, and the build is missing (${missing.join(", ")}): run \`npm run build\` once, then the bench again.`
    )
  }

  const database = await openScratchDatabase({
    name: DATABASE,
    fills: "a million order lines",
    databaseUrl: options.databaseUrl,
    log,
  })

  log("Applying Medusa's migrations (the real tables and indexes)…")
  const started = performance.now()
  await runStep("npx", ["medusa", "db:migrate"], {
    cwd: join(root, "backend"),
    env: {
      DATABASE_URL: database.url,
      REDIS_URL: "",
      JWT_SECRET: randomBytes(32).toString("hex"),
      COOKIE_SECRET: randomBytes(32).toString("hex"),
      DISABLE_ADMIN: "true",
      NODE_ENV: "",
      MEDUSA_DISABLE_TELEMETRY: "true",
    },
    label: "migrate",
    verbose,
    log,
    failure: "The database migrations failed",
  })
  log(
    `  migrations: done in ${((performance.now() - started) / 1000).toFixed(1)} s`
  )
  return database
}
