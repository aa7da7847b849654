import { existsSync, lstatSync, mkdirSync, rmSync, symlinkSync } from "node:fs"
import { join } from "node:path"

// The seed names the storefront's publishable key; the start script finds the key by that name.
import { STOREFRONT_KEY_TITLE } from "@cho-phien/seed/src/constants"

import { ensureDatabase, queryRows } from "./database"
import {
  startEmbeddedPostgres,
  type EmbeddedDatabase,
} from "./embedded-postgres"
import { PlainError } from "./errors"
import { assertPortFree } from "./ports"
import { launch, run, stopAll, waitForHttp, type Service } from "./processes"
import { loadSecrets, secretsFile } from "./secrets"

export const PARTS = ["backend", "worker", "storefront"] as const
export type Part = (typeof PARTS)[number]

export type StackOptions = {
  root: string
  mode: "start" | "dev"
  /** What to run here: everything for `npm start`; one part per container in Docker. */
  parts: Part[]
  backendPort: number
  storefrontPort: number
  /** An existing PostgreSQL; when absent an embedded one is started. */
  databaseUrl?: string
  embedded?: { dataDir: string; port: number; database: string }
  redisUrl?: string
  /** The NODE_ENV the person gave (not the one Medusa's CLI sets for itself). */
  nodeEnv?: string
  /** Where browsers reach the backend, when that is not localhost (Docker, a real host name). */
  publicBackendUrl?: string
  log: (line: string) => void
}

export type RunningStack = {
  backendUrl: string
  storefrontUrl: string
  databaseUrl: string
  publishableKey: string | undefined
  /** Settles when a served process stops on its own. */
  exited: Promise<void>
  stop: () => Promise<void>
}

const buildOutputs = (root: string): string[] => [
  join(root, "plugins/cooperative-seller/.medusa/server/src"),
  join(root, "plugins/couriers-vn/.medusa/server/src"),
  join(root, "plugins/payments-vn/.medusa/server/src"),
  join(root, "plugins/impact/.medusa/server/src"),
  join(root, "plugins/search/.medusa/server/src"),
  join(root, "seed/dist/index.js"),
  join(root, "backend/.medusa/server/medusa-config.js"),
  join(root, "backend/.medusa/server/public/admin/index.html"),
  join(root, "storefront/.next/BUILD_ID"),
]

const findPublishableKey = async (
  databaseUrl: string
): Promise<string | undefined> => {
  const rows = await queryRows<{ token: string }>(
    databaseUrl,
    `SELECT token FROM api_key
      WHERE type = 'publishable' AND title = $1 AND revoked_at IS NULL AND deleted_at IS NULL
      ORDER BY created_at LIMIT 1`,
    [STOREFRONT_KEY_TITLE]
  ).catch(() => [])
  return rows[0]?.token
}

/** For a storefront started on its own: the backend container migrates and seeds, then the key appears. */
const waitForPublishableKey = async (
  databaseUrl: string,
  log: (l: string) => void
) => {
  const deadline = Date.now() + 15 * 60 * 1000
  let told = false
  while (Date.now() < deadline) {
    const key = await findPublishableKey(databaseUrl)
    if (key) {
      return key
    }
    if (!told) {
      log("Waiting for the backend to create the storefront's publishable key…")
      told = true
    }
    await new Promise((r) => setTimeout(r, 3000))
  }
  throw new PlainError(
    `No publishable API key titled "${STOREFRONT_KEY_TITLE}" appeared within 15 minutes: start the backend (it seeds on its first run) or run \`npm run seed\`.`
  )
}

/** Where a database's images live: one folder per database, so a test database's go with it. */
export const uploadDirFor = (root: string, databaseUrl: string): string =>
  join(
    root,
    ".data",
    "uploads",
    new URL(databaseUrl).pathname.slice(1) || "default"
  )

/**
 * Medusa serves /static from its working folder, which `medusa build` replaces; the images live in
 * .data instead and the working folder's `static` points at them.
 */
const linkStaticFolder = (
  workingDir: string,
  uploadDir: string,
  log: (line: string) => void
): void => {
  mkdirSync(uploadDir, { recursive: true })
  const link = join(workingDir, "static")
  if (existsSync(link) || isSymlink(link)) {
    if (!isSymlink(link)) {
      log(
        `${link} is a folder, not a link to ${uploadDir}; images uploaded before stay there and new ones go to ${uploadDir}. Move its files there and delete it to serve them all.`
      )
      return
    }
    rmSync(link)
  }
  symlinkSync(uploadDir, link, "dir")
}

const isSymlink = (path: string): boolean => {
  try {
    return lstatSync(path).isSymbolicLink()
  } catch {
    return false
  }
}

/** Builds what the backend loads from built output: our plugins and the seed package. */
export const buildPluginAndSeed = (root: string): Promise<void> =>
  run(
    "npx",
    [
      "turbo",
      "run",
      "build",
      "--filter=@cho-phien/backend^...",
      "--output-logs=errors-only",
    ],
    { cwd: root, label: "build", failure: "Building the plugin failed" }
  )

export const migrate = (root: string, env: NodeJS.ProcessEnv): Promise<void> =>
  run("npx", ["medusa", "db:migrate"], {
    cwd: join(root, "backend"),
    env,
    label: "migrate",
    quiet: true,
    failure: "The database migrations failed",
  })

/** The demo seed; it leaves an already seeded database alone. */
export const seedDemo = (root: string, env: NodeJS.ProcessEnv): Promise<void> =>
  run("npx", ["medusa", "exec", "./src/scripts/seed-demo.ts"], {
    cwd: join(root, "backend"),
    env,
    label: "seed",
    failure: "Seeding the demo data failed",
  })

/**
 * Brings the marketplace up: database, first-run build, migrations, first-run seed, backend (and
 * worker) and storefront. `npm start`, `npm run dev`, the browser tests and the Docker containers
 * all go through here, so the path a newcomer takes is the path the tests take.
 */
export const startStack = async (
  options: StackOptions
): Promise<RunningStack> => {
  const { root, log, parts } = options
  const has = (part: Part): boolean => parts.includes(part)
  let embedded: EmbeddedDatabase | undefined
  const services: Service[] = []

  const stop = async (): Promise<void> => {
    await stopAll()
    await embedded?.stop()
    embedded = undefined
  }

  try {
    if (has("backend")) {
      await assertPortFree(options.backendPort, "backend", "BACKEND_PORT")
    }
    if (has("storefront")) {
      await assertPortFree(
        options.storefrontPort,
        "storefront",
        "STOREFRONT_PORT"
      )
    }

    let databaseUrl = options.databaseUrl
    if (!databaseUrl) {
      if (!options.embedded) {
        throw new PlainError(
          "Set DATABASE_URL to the PostgreSQL this should use."
        )
      }
      log(
        `Starting the embedded PostgreSQL (data in ${options.embedded.dataDir}, port ${options.embedded.port})…`
      )
      embedded = await startEmbeddedPostgres({
        dataDir: options.embedded.dataDir,
        port: options.embedded.port,
        log,
      })
      databaseUrl = embedded.urlFor(options.embedded.database)
    }
    await ensureDatabase(databaseUrl)

    const backendUrl = `http://localhost:${options.backendPort}`
    const storefrontUrl = `http://localhost:${options.storefrontPort}`
    const uploadDir =
      process.env.FILE_UPLOAD_DIR || uploadDirFor(root, databaseUrl)
    const backendEnv: NodeJS.ProcessEnv = {
      FILE_UPLOAD_DIR: uploadDir,
      ...loadSecrets(secretsFile(root)),
      DATABASE_URL: databaseUrl,
      REDIS_URL: options.redisUrl ?? "",
      BACKEND_PORT: String(options.backendPort),
      STOREFRONT_PORT: String(options.storefrontPort),
      MEDUSA_BACKEND_URL: options.publicBackendUrl ?? backendUrl,
      STOREFRONT_URL: process.env.STOREFRONT_URL ?? storefrontUrl,
      PORT: String(options.backendPort),
      NODE_ENV: options.nodeEnv ?? "",
      MEDUSA_DISABLE_TELEMETRY: "true",
    }

    if (options.mode === "start") {
      const missing = buildOutputs(root).filter((path) => !existsSync(path))
      if (missing.length > 0) {
        log(
          "First run: building the plugin, backend and storefront (a few minutes, once)…"
        )
        await run(
          "npx",
          ["turbo", "run", "build", "--output-logs=errors-only"],
          {
            cwd: root,
            label: "build",
            failure: "The build failed",
            env: {
              MEDUSA_DISABLE_TELEMETRY: "true",
              NEXT_TELEMETRY_DISABLED: "1",
            },
          }
        )
      }
    } else {
      await buildPluginAndSeed(root)
    }

    if (has("backend") || has("worker")) {
      linkStaticFolder(
        join(
          root,
          options.mode === "start" ? "backend/.medusa/server" : "backend"
        ),
        uploadDir,
        log
      )
    }

    let publishableKey: string | undefined
    if (has("backend")) {
      log("Applying database migrations…")
      await migrate(root, backendEnv)
      publishableKey = await findPublishableKey(databaseUrl)
      if (!publishableKey) {
        log("First run: seeding the demo marketplace…")
        await seedDemo(root, backendEnv)
        publishableKey = await findPublishableKey(databaseUrl)
        if (!publishableKey) {
          throw new PlainError(
            `The seed ran but made no publishable API key titled "${STOREFRONT_KEY_TITLE}"; run \`npm run seed\` and read its output.`
          )
        }
      }
    }

    const medusa = (workerMode: "shared" | "server" | "worker"): Service =>
      options.mode === "start"
        ? launch(
            "npx",
            ["medusa", "start", "--port", String(options.backendPort)],
            {
              cwd: join(root, "backend/.medusa/server"),
              env: { ...backendEnv, MEDUSA_WORKER_MODE: workerMode },
              label: workerMode === "worker" ? "worker" : "backend",
            }
          )
        : launch(
            "npx",
            ["medusa", "develop", "--port", String(options.backendPort)],
            {
              cwd: join(root, "backend"),
              env: { ...backendEnv, MEDUSA_WORKER_MODE: workerMode },
              label: "backend",
            }
          )

    log("Starting " + parts.join(", ") + "…")
    const waits: Promise<void>[] = []
    if (has("backend")) {
      // One process does both jobs unless a separate worker runs (which needs Redis to share work).
      const backend = medusa(has("worker") ? "server" : "shared")
      services.push(backend)
      waits.push(
        waitForHttp(`${backendUrl}/health`, backend, "backend", 300000)
      )
    }
    if (has("worker")) {
      services.push(medusa("worker"))
    }
    if (has("storefront")) {
      // The storefront's pages read the backend: started together, its first page views (and
      // our own readiness check) would only log refused connections.
      await Promise.all(waits)
      publishableKey ??= await waitForPublishableKey(databaseUrl, log)
      const storefront = launch(
        "npx",
        [
          "next",
          options.mode === "start" ? "start" : "dev",
          "-p",
          String(options.storefrontPort),
        ],
        {
          cwd: join(root, "storefront"),
          env: {
            MEDUSA_BACKEND_URL: process.env.MEDUSA_BACKEND_URL ?? backendUrl,
            MEDUSA_PUBLISHABLE_KEY: publishableKey,
            STOREFRONT_PORT: String(options.storefrontPort),
            NEXT_TELEMETRY_DISABLED: "1",
            NODE_ENV: options.mode === "start" ? "production" : "development",
          },
          label: "storefront",
        }
      )
      services.push(storefront)
      waits.push(
        waitForHttp(`${storefrontUrl}/`, storefront, "storefront", 300000)
      )
    }
    await Promise.all(waits)

    const exited = Promise.race(services.map((s) => s.exited)).then(
      () => undefined
    )
    return {
      backendUrl,
      storefrontUrl,
      databaseUrl,
      publishableKey,
      exited,
      stop,
    }
  } catch (error) {
    await stop()
    throw error
  }
}
