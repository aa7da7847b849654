/**
 * A bench's throwaway database: an embedded PostgreSQL in a temporary folder, a new database on
 * the server DB_HOST names (as `npm test` uses it), or one the person gives with --database-url
 * (created if missing, or used only when empty). `dropScratchDatabases` undoes whatever was made.
 */
import { randomBytes } from "node:crypto"
import { mkdtempSync, rmSync } from "node:fs"
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

export type ScratchDatabase = {
  url: string
  /** Where the data lives, for the report. */
  description: string
  /** The embedded cluster's folder, when the bench started one. */
  dataDir?: string
}

export type Cleanups = (() => Promise<void> | void)[]

const cleanups: Cleanups = []

/** Runs a list of undo steps, last one first, emptying it; a failing step is reported, not thrown. */
export const runCleanups = async (list: Cleanups): Promise<void> => {
  while (list.length > 0) {
    const undo = list.pop()
    try {
      await undo?.()
    } catch (error) {
      process.stderr.write(
        `Cleaning up failed: ${error instanceof Error ? error.message : String(error)}\n`
      )
    }
  }
}

/** Stops and deletes whatever was started, last first; safe to call twice. */
export const dropScratchDatabases = (): Promise<void> => runCleanups(cleanups)

/** A TCP port nothing listens on right now. */
export const freePort = (): Promise<number> =>
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

/**
 * A database on a server we do not own: created (and dropped afterwards, through `undo`) or found
 * empty; `fills` says what the bench puts in it, for the sentence refusing one that is not empty.
 */
export const useServerDatabase = async (
  url: string,
  fills: string,
  log: (line: string) => void,
  undo: Cleanups = cleanups
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
    undo.push(() => dropDatabase(url))
    return
  }
  const [tables] = await queryRows<{ n: number }>(
    url,
    "SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public'"
  )
  if ((tables?.n ?? 0) > 0) {
    throw new PlainError(
      `The database "${nameOf(url)}" already holds ${tables?.n} tables. The bench fills the database it is given with ${fills}, so name one that does not exist yet (it is created, and dropped afterwards) or an empty one.`
    )
  }
  log(
    `Using the empty database "${nameOf(url)}" (it keeps the bench's data afterwards).`
  )
}

/**
 * The database a bench fills: `name` is the database's base name, `fills` says what it will hold
 * (for the sentence refusing a database that is not empty).
 */
export const openScratchDatabase = async (options: {
  name: string
  fills: string
  databaseUrl?: string
  log: (line: string) => void
}): Promise<ScratchDatabase> => {
  const { name, fills, log } = options
  const env = process.env
  if (options.databaseUrl) {
    const url = options.databaseUrl
    await useServerDatabase(url, fills, log)
    return {
      url,
      description: `${new URL(url).host}/${nameOf(url)} (--database-url)`,
    }
  }
  if (env.DB_HOST) {
    const user = env.DB_USERNAME ?? "postgres"
    const auth = env.DB_PASSWORD
      ? `${user}:${encodeURIComponent(env.DB_PASSWORD)}`
      : user
    const url = `postgres://${auth}@${env.DB_HOST}:${env.DB_PORT ?? "5432"}/${name}_${randomBytes(3).toString("hex")}`
    await useServerDatabase(url, fills, log)
    return {
      url,
      description: `${env.DB_HOST}:${env.DB_PORT ?? "5432"}/${nameOf(url)} (DB_HOST; dropped afterwards)`,
    }
  }
  const scratch = mkdtempSync(join(tmpdir(), `${name.replace(/_/g, "-")}-`))
  cleanups.push(() => rmSync(scratch, { recursive: true, force: true }))
  const port = await freePort()
  log(
    `Starting a throwaway embedded PostgreSQL (port ${port}, data in ${scratch})…`
  )
  const dataDir = join(scratch, "postgres")
  const embedded = await startEmbeddedPostgres({ dataDir, port, log })
  cleanups.push(() => embedded.stop())
  const url = embedded.urlFor(name)
  await ensureDatabase(url)
  return {
    url,
    description: `embedded PostgreSQL on port ${port} (deleted afterwards)`,
    dataDir,
  }
}
