/**
 * The impact bench's throwaway database: an embedded PostgreSQL in a temporary folder, a new
 * database on the server DB_HOST names (as `npm test` uses it), or one the person gives with
 * --database-url; migrated with Medusa's own migrations, so the tables and indexes are the real
 * ones. `dropBenchDatabase` undoes what was made.
 */
import { randomBytes } from "node:crypto"
import { existsSync, mkdtempSync, rmSync } from "node:fs"
import { createServer } from "node:net"
import { tmpdir } from "node:os"
import { join } from "node:path"

import {
  dropDatabase,
  ensureDatabase,
  queryRows,
} from "../../devstack/src/database"
import { startEmbeddedPostgres } from "../../devstack/src/embedded-postgres"
import { PlainError } from "../../devstack/src/errors"
import { runStep, stopChildren } from "../checkout/processes"

/** What `medusa db:migrate` loads: the backend's config and our built plugins. */
const BUILD_OUTPUTS = [
  "backend/.medusa/server/medusa-config.js",
  "plugins/cooperative-seller/.medusa/server/src",
  "plugins/impact/.medusa/server/src",
  "plugins/couriers-vn/.medusa/server/src",
  "plugins/payments-vn/.medusa/server/src",
]

const DATABASE = "cho_phien_bench_impact"

export type BenchDatabase = {
  url: string
  /** Where the data lives, for the report. */
  description: string
  /** The embedded cluster's folder, whose processes' CPU time the bench can read. */
  dataDir?: string
}

const cleanups: (() => Promise<void> | void)[] = []

/** Stops and deletes whatever the bench started, last first; safe to call twice. */
export const dropBenchDatabase = async (): Promise<void> => {
  await stopChildren()
  while (cleanups.length > 0) {
    const undo = cleanups.pop()
    try {
      await undo?.()
    } catch (error) {
      process.stderr.write(
        `Cleaning up failed: ${error instanceof Error ? error.message : String(error)}\n`
      )
    }
  }
}

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer()
    server.once("error", reject)
    server.listen(0, () => {
      const address = server.address()
      const port = typeof address === "object" && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })

const nameOf = (url: string): string =>
  decodeURIComponent(new URL(url).pathname.replace(/^\//, ""))

/** A database on a server we do not own: created (and dropped afterwards) or found empty. */
const useServerDatabase = async (
  url: string,
  log: (line: string) => void
): Promise<void> => {
  const maintenance = new URL(url)
  maintenance.pathname = "/postgres"
  let existed: boolean
  try {
    const [row] = await queryRows<{ n: number }>(
      maintenance.toString(),
      "SELECT count(*)::int AS n FROM pg_database WHERE datname = $1",
      [nameOf(url)]
    )
    existed = (row?.n ?? 0) > 0
  } catch (error) {
    throw new PlainError(
      `Cannot reach PostgreSQL at ${new URL(url).host} (${(error as Error).message}): check the address, user and password.`
    )
  }
  await ensureDatabase(url)
  if (!existed) {
    log(`Created the database "${nameOf(url)}" (dropped when the bench ends).`)
    cleanups.push(() => dropDatabase(url))
    return
  }
  const [tables] = await queryRows<{ n: number }>(
    url,
    "SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public'"
  )
  if ((tables?.n ?? 0) > 0) {
    throw new PlainError(
      `The database "${nameOf(url)}" already holds ${tables?.n} tables. The bench fills the database it is given with a million order lines, so name one that does not exist yet (it is created, and dropped afterwards) or an empty one.`
    )
  }
  log(
    `Using the empty database "${nameOf(url)}" (it keeps the bench's data afterwards).`
  )
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

  let url: string
  let description: string
  let dataDir: string | undefined
  const env = process.env
  if (options.databaseUrl) {
    url = options.databaseUrl
    await useServerDatabase(url, log)
    description = `${new URL(url).host}/${nameOf(url)} (--database-url)`
  } else if (env.DB_HOST) {
    const user = env.DB_USERNAME ?? "postgres"
    const auth = env.DB_PASSWORD
      ? `${user}:${encodeURIComponent(env.DB_PASSWORD)}`
      : user
    url = `postgres://${auth}@${env.DB_HOST}:${env.DB_PORT ?? "5432"}/${DATABASE}_${randomBytes(3).toString("hex")}`
    await useServerDatabase(url, log)
    description = `${env.DB_HOST}:${env.DB_PORT ?? "5432"}/${nameOf(url)} (DB_HOST; dropped afterwards)`
  } else {
    const scratch = mkdtempSync(join(tmpdir(), "cho-phien-bench-impact-"))
    cleanups.push(() => rmSync(scratch, { recursive: true, force: true }))
    const port = await freePort()
    log(
      `Starting a throwaway embedded PostgreSQL (port ${port}, data in ${scratch})…`
    )
    dataDir = join(scratch, "postgres")
    const embedded = await startEmbeddedPostgres({ dataDir, port, log })
    cleanups.push(() => embedded.stop())
    url = embedded.urlFor(DATABASE)
    await ensureDatabase(url)
    description = `embedded PostgreSQL on port ${port} (deleted afterwards)`
  }

  log("Applying Medusa's migrations (the real tables and indexes)…")
  const started = performance.now()
  await runStep("npx", ["medusa", "db:migrate"], {
    cwd: join(root, "backend"),
    env: {
      DATABASE_URL: url,
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
  return { url, description, dataDir }
}
