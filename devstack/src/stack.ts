import { existsSync } from "node:fs"
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
import { loadSecrets } from "./secrets"

export type StackOptions = {
  root: string
  mode: "start" | "dev"
  backendPort: number
  storefrontPort: number
  /** An existing PostgreSQL; when absent an embedded one is started in `embedded.dataDir`. */
  databaseUrl?: string
  embedded?: { dataDir: string; port: number; database: string }
  redisUrl?: string
  /** The NODE_ENV the person gave (not the one Medusa's CLI sets for itself). */
  nodeEnv?: string
  log: (line: string) => void
}

export type RunningStack = {
  backendUrl: string
  storefrontUrl: string
  databaseUrl: string
  publishableKey: string
  seededNow: boolean
  /** Settles when the backend or storefront stops on its own. */
  exited: Promise<void>
  stop: () => Promise<void>
}

const buildOutputs = (root: string): string[] => [
  join(root, "plugins/cooperative-seller/.medusa/server/src"),
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
  )
  return rows[0]?.token
}

/**
 * Brings the whole marketplace up: database, migrations, first-run seed and build, backend and
 * storefront. `npm start`, `npm run dev`, the browser tests and the Docker images all go through
 * here, so the path a newcomer takes is the path the tests take.
 */
export const startStack = async (
  options: StackOptions
): Promise<RunningStack> => {
  const { root, log } = options
  let embedded: EmbeddedDatabase | undefined
  const services: Service[] = []

  const stop = async (): Promise<void> => {
    await stopAll()
    await embedded?.stop()
    embedded = undefined
  }

  try {
    await assertPortFree(options.backendPort, "backend", "BACKEND_PORT")
    await assertPortFree(
      options.storefrontPort,
      "storefront",
      "STOREFRONT_PORT"
    )

    let databaseUrl = options.databaseUrl
    if (!databaseUrl) {
      if (!options.embedded) {
        throw new PlainError(
          "No database: set DATABASE_URL or let the start script run the embedded one."
        )
      }
      log(
        `Starting the embedded PostgreSQL (data in ${options.embedded.dataDir}, port ${options.embedded.port})…`
      )
      embedded = await startEmbeddedPostgres({
        dataDir: options.embedded.dataDir,
        port: options.embedded.port,
      })
      databaseUrl = embedded.urlFor(options.embedded.database)
    }
    await ensureDatabase(databaseUrl)

    const secrets = loadSecrets(join(root, ".data", "secrets.json"))
    const backendUrl = `http://localhost:${options.backendPort}`
    const storefrontUrl = `http://localhost:${options.storefrontPort}`
    const backendEnv: NodeJS.ProcessEnv = {
      ...secrets,
      DATABASE_URL: databaseUrl,
      REDIS_URL: options.redisUrl ?? "",
      BACKEND_PORT: String(options.backendPort),
      STOREFRONT_PORT: String(options.storefrontPort),
      MEDUSA_BACKEND_URL: backendUrl,
      STOREFRONT_URL: storefrontUrl,
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
      await run(
        "npx",
        [
          "turbo",
          "run",
          "build",
          "--filter=@cho-phien/cooperative-seller",
          "--filter=@cho-phien/seed",
          "--output-logs=errors-only",
        ],
        {
          cwd: root,
          label: "build",
          failure: "Building the plugin failed",
        }
      )
    }

    log("Applying database migrations…")
    await run("npx", ["medusa", "db:migrate"], {
      cwd: join(root, "backend"),
      env: backendEnv,
      label: "migrate",
      quiet: true,
      failure: "The database migrations failed",
    })

    let publishableKey = await findPublishableKey(databaseUrl)
    const seededNow = publishableKey === undefined
    if (seededNow) {
      log("First run: seeding the demo marketplace…")
      await run("npx", ["medusa", "exec", "./src/scripts/seed-demo.ts"], {
        cwd: join(root, "backend"),
        env: backendEnv,
        label: "seed",
        failure: "Seeding the demo data failed",
      })
      publishableKey = await findPublishableKey(databaseUrl)
    }

    if (!publishableKey) {
      throw new PlainError(
        `The seed ran but made no publishable API key titled "${STOREFRONT_KEY_TITLE}"; run \`npm run seed\` and read its output.`
      )
    }

    log("Starting the backend and the storefront…")
    const backend =
      options.mode === "start"
        ? launch(
            "npx",
            ["medusa", "start", "--port", String(options.backendPort)],
            {
              cwd: join(root, "backend/.medusa/server"),
              env: backendEnv,
              label: "backend",
            }
          )
        : launch(
            "npx",
            ["medusa", "develop", "--port", String(options.backendPort)],
            {
              cwd: join(root, "backend"),
              env: backendEnv,
              label: "backend",
            }
          )
    services.push(backend)

    const storefrontEnv: NodeJS.ProcessEnv = {
      MEDUSA_BACKEND_URL: backendUrl,
      MEDUSA_PUBLISHABLE_KEY: publishableKey,
      STOREFRONT_PORT: String(options.storefrontPort),
      NEXT_TELEMETRY_DISABLED: "1",
      NODE_ENV: options.mode === "start" ? "production" : "development",
    }
    const storefront = launch(
      "npx",
      [
        "next",
        options.mode === "start" ? "start" : "dev",
        "-p",
        String(options.storefrontPort),
      ],
      { cwd: join(root, "storefront"), env: storefrontEnv, label: "storefront" }
    )
    services.push(storefront)

    await waitForHttp(`${backendUrl}/health`, backend, "backend", 300000)
    await waitForHttp(`${storefrontUrl}/`, storefront, "storefront", 300000)

    const exited = Promise.race(services.map((s) => s.exited)).then(
      () => undefined
    )
    return {
      backendUrl,
      storefrontUrl,
      databaseUrl,
      publishableKey,
      seededNow,
      exited,
      stop,
    }
  } catch (error) {
    await stop()
    throw error
  }
}
