/**
 * The bench's own backend on a throwaway database: an embedded PostgreSQL in a temporary folder
 * (devstack's helpers) or an empty database on the server the person names, migrated, seeded
 * with the demo catalogue (no illustrations) with plenty of stock, and the built backend started on
 * a free port. `stopOwnBackend` undoes all of it.
 */
import { randomBytes } from "node:crypto"
import { existsSync, mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"

import { STOREFRONT_KEY_TITLE } from "@cho-phien/seed/src/constants"

import { ensureDatabase, queryRows } from "../../devstack/src/database"
import { startEmbeddedPostgres } from "../../devstack/src/embedded-postgres"
import { PlainError } from "../../devstack/src/errors"
import { isPortFree } from "../../devstack/src/ports"
import {
  type Cleanups,
  freePort,
  runCleanups,
  useServerDatabase,
} from "../lib/scratch-database"
import { cpuReader, type CpuReading } from "./cpu"
import { runStep, startChild, stopChildren, StoppedError } from "./processes"

export type OwnBackendOptions = {
  root: string
  /** A PostgreSQL database to use instead of an embedded cluster; it must be new or empty. */
  databaseUrl?: string
  /** The backend's port; a free one when absent. */
  port?: number
  /** Units every variant gets, so stock is never what runs out. */
  stock: number
  verbose: boolean
  log: (line: string) => void
}

export type OwnBackend = {
  backendUrl: string
  publishableKey: string
  /** Where the data lives, for the report. */
  database: string
  /** CPU seconds the backend (and the embedded database) used so far, on Linux. */
  cpu?: () => CpuReading
}

const BENCH_DATABASE = "cho_phien_bench"

/** What `medusa start` loads: the built backend, our plugins and the seed package. */
const BUILD_OUTPUTS = [
  "backend/.medusa/server/medusa-config.js",
  "plugins/cooperative-seller/.medusa/server/src",
  "plugins/couriers-vn/.medusa/server/src",
  "plugins/payments-vn/.medusa/server/src",
  "seed/dist/index.js",
]

/** Undo steps, last one first. */
const cleanups: Cleanups = []

let stopping = false

export const stopOwnBackend = async (): Promise<void> => {
  stopping = true
  await stopChildren()
  await runCleanups(cleanups)
}

/** Prints how long a long step has been going, every ten seconds, until it settles. */
const withProgress = async <T>(
  log: (line: string) => void,
  what: string,
  work: () => Promise<T>
): Promise<T> => {
  const started = performance.now()
  const timer = setInterval(() => {
    log(
      `  … ${what}: ${((performance.now() - started) / 1000).toFixed(0)} s so far`
    )
  }, 10000)
  try {
    const result = await work()
    log(
      `  ${what}: done in ${((performance.now() - started) / 1000).toFixed(1)} s`
    )
    return result
  } finally {
    clearInterval(timer)
  }
}

export const startOwnBackend = async (
  options: OwnBackendOptions
): Promise<OwnBackend> => {
  const { root, log, verbose } = options
  const missing = BUILD_OUTPUTS.filter((path) => !existsSync(join(root, path)))
  if (missing.length > 0) {
    throw new PlainError(
      `The bench starts the built backend, and the build is missing (${missing.join(", ")}): run \`npm run build\` once, then the bench again.`
    )
  }
  const port = options.port ?? (await freePort())
  if (!(await isPortFree(port))) {
    throw new PlainError(
      `Port ${port} is already in use: choose another with --port, or leave --port out to use a free one.`
    )
  }

  const scratch = mkdtempSync(join(tmpdir(), "cho-phien-bench-"))
  cleanups.push(() => rmSync(scratch, { recursive: true, force: true }))

  let databaseUrl = options.databaseUrl
  let database: string
  let databaseDir: string | undefined
  if (databaseUrl) {
    log("[1/5] Preparing the database given with --database-url…")
    await useServerDatabase(
      databaseUrl,
      "the migrated, seeded and restocked demo catalogue",
      log,
      cleanups
    )
    const parsed = new URL(databaseUrl)
    database = `${parsed.hostname}:${parsed.port || "5432"}${parsed.pathname}`
  } else {
    const pgPort = await freePort()
    log(
      `[1/5] Starting a throwaway embedded PostgreSQL (port ${pgPort}, data in ${scratch})…`
    )
    databaseDir = join(scratch, "postgres")
    const dataDir = databaseDir
    const embedded = await withProgress(log, "PostgreSQL", () =>
      startEmbeddedPostgres({
        dataDir,
        port: pgPort,
        log,
      })
    )
    cleanups.push(() => embedded.stop())
    databaseUrl = embedded.urlFor(BENCH_DATABASE)
    await ensureDatabase(databaseUrl)
    database = `embedded PostgreSQL 17 on port ${pgPort} (deleted afterwards)`
  }

  const backendUrl = `http://localhost:${port}`
  const env: NodeJS.ProcessEnv = {
    DATABASE_URL: databaseUrl,
    JWT_SECRET: randomBytes(32).toString("hex"),
    COOKIE_SECRET: randomBytes(32).toString("hex"),
    // In-process event bus, locks and workflow engine, as `npm start` has without Redis.
    REDIS_URL: "",
    FILE_UPLOAD_DIR: join(scratch, "uploads"),
    PORT: String(port),
    BACKEND_PORT: String(port),
    MEDUSA_BACKEND_URL: backendUrl,
    DISABLE_ADMIN: "true",
    NODE_ENV: "",
    MEDUSA_DISABLE_TELEMETRY: "true",
  }

  log("[2/5] Applying database migrations…")
  await withProgress(log, "migrations", () =>
    runStep("npx", ["medusa", "db:migrate"], {
      cwd: join(root, "backend"),
      env,
      label: "migrate",
      verbose,
      log,
      failure: "The database migrations failed",
    })
  )

  log(
    `[3/5] Seeding the demo catalogue without illustrations, with ${options.stock} units of every variant…`
  )
  await withProgress(log, "seed", () =>
    runStep(
      "npx",
      [
        "medusa",
        "exec",
        join(root, "bench/checkout/seed.ts"),
        String(options.stock),
      ],
      {
        cwd: join(root, "backend"),
        env,
        label: "seed",
        verbose,
        log,
        show: (line) => /^info:\s+\[(\d+\/\d+|bench)\]/.test(line),
        failure: "Seeding the demo catalogue failed",
      }
    )
  )

  const [key] = await queryRows<{ token: string }>(
    databaseUrl,
    `SELECT token FROM api_key
      WHERE type = 'publishable' AND title = $1 AND revoked_at IS NULL AND deleted_at IS NULL
      ORDER BY created_at LIMIT 1`,
    [STOREFRONT_KEY_TITLE]
  )
  if (!key) {
    throw new PlainError(
      `The seed ran but made no publishable API key titled "${STOREFRONT_KEY_TITLE}"; run the bench with --verbose and read the seed's output.`
    )
  }

  log(`[4/5] Starting the built backend at ${backendUrl}…`)
  const backend = startChild(
    "npx",
    ["medusa", "start", "--port", String(port)],
    {
      cwd: join(root, "backend/.medusa/server"),
      env: { ...env, MEDUSA_WORKER_MODE: "shared" },
      label: "backend",
      verbose,
      log,
      show: (line) => /^error:/.test(line),
    }
  )
  await withProgress(log, "backend start-up", async () => {
    let exited = false
    void backend.exited.then(() => {
      exited = true
    })
    const deadline = Date.now() + 300000
    while (Date.now() < deadline) {
      if (exited) {
        if (stopping) {
          throw new StoppedError()
        }
        process.stderr.write(`${backend.tail().join("\n")}\n`)
        throw new PlainError(
          "The backend stopped while starting (its last lines are above)."
        )
      }
      try {
        const response = await fetch(`${backendUrl}/health`)
        if (response.ok) {
          return
        }
      } catch {
        // Not listening yet.
      }
      await new Promise((resolve) => setTimeout(resolve, 500))
    }
    throw new PlainError(
      `The backend did not answer at ${backendUrl}/health within 5 minutes; run the bench with --verbose to see its output.`
    )
  })

  return {
    backendUrl,
    publishableKey: key.token,
    database,
    cpu:
      backend.process.pid === undefined
        ? undefined
        : cpuReader(backend.process.pid, databaseDir),
  }
}
