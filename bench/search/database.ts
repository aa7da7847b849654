/**
 * The search bench's throwaway database: an embedded PostgreSQL in a temporary folder, a new
 * database on the server DB_HOST names (as `npm test` uses it), or one given with --database-url.
 * It gets the search module's schema from the plugin's own migration classes (their SQL, in
 * order), so the tables, functions and indexes are the ones the backend runs on; nothing else of
 * Medusa is needed. `dropBenchDatabase` undoes what was made.
 */
import { randomBytes } from "node:crypto"
import { mkdtempSync, readdirSync, rmSync } from "node:fs"
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

const DATABASE = "cho_phien_bench_search"

const MIGRATIONS = "plugins/search/src/modules/product-search/migrations"

export type BenchDatabase = {
  url: string
  /** Where the data lives, for the report. */
  description: string
}

const cleanups: (() => Promise<void> | void)[] = []

/** Stops and deletes whatever the bench started, last first; safe to call twice. */
export const dropBenchDatabase = async (): Promise<void> => {
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
      `The database "${nameOf(url)}" already holds ${tables?.n} tables. The bench fills the database it is given with 100,000 products, so name one that does not exist yet (it is created, and dropped afterwards) or an empty one.`
    )
  }
  log(
    `Using the empty database "${nameOf(url)}" (it keeps the bench's data afterwards).`
  )
}

type MigrationClass = new (
  driver: undefined,
  config: undefined
) => { up(): Promise<void>; getQueries(): string[] }

/** The SQL of the search module's migrations, in the order Medusa runs them (by file name). */
export const searchSchemaSql = async (root: string): Promise<string[]> => {
  const dir = join(root, MIGRATIONS)
  const files = readdirSync(dir)
    .filter((file) => /^Migration\d+\.ts$/.test(file))
    .sort()
  const statements: string[] = []
  for (const file of files) {
    const module = (await import(join(dir, file))) as Record<string, unknown>
    for (const exported of Object.values(module)) {
      if (typeof exported === "function") {
        const migration = new (exported as MigrationClass)(undefined, undefined)
        await migration.up()
        statements.push(...migration.getQueries())
      }
    }
  }
  return statements
}

export const prepareBenchDatabase = async (options: {
  root: string
  databaseUrl?: string
  log: (line: string) => void
}): Promise<BenchDatabase> => {
  const { root, log } = options
  let url: string
  let description: string
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
    const scratch = mkdtempSync(join(tmpdir(), "cho-phien-bench-search-"))
    cleanups.push(() => rmSync(scratch, { recursive: true, force: true }))
    const port = await freePort()
    log(
      `Starting a throwaway embedded PostgreSQL (port ${port}, data in ${scratch})…`
    )
    const embedded = await startEmbeddedPostgres({
      dataDir: join(scratch, "postgres"),
      port,
      log,
    })
    cleanups.push(() => embedded.stop())
    url = embedded.urlFor(DATABASE)
    await ensureDatabase(url)
    description = `embedded PostgreSQL on port ${port} (deleted afterwards)`
  }

  log("Creating the search module's schema (its migrations' SQL)…")
  const statements = await searchSchemaSql(root)
  for (const statement of statements) {
    await queryRows(url, statement)
  }
  log(`  ${statements.length} statements`)
  return { url, description }
}
