import { existsSync, rmSync } from "node:fs"
import { join } from "node:path"

import { dropDatabase, ensureDatabase } from "./database"
import {
  startEmbeddedPostgres,
  type EmbeddedDatabase,
} from "./embedded-postgres"
import { PlainError } from "./errors"
import { parsePort } from "./config"
import { run } from "./processes"
import { startStack, uploadDirFor } from "./stack"

export const LAYERS = [
  "lint",
  "typecheck",
  "unit",
  "integration",
  "e2e",
] as const
export type Layer = (typeof LAYERS)[number]

export const chromiumPath = (env: NodeJS.ProcessEnv = process.env): string =>
  env.CHROMIUM_PATH || "/usr/bin/chromium"

export const assertChromium = (
  env: NodeJS.ProcessEnv = process.env
): string => {
  const path = chromiumPath(env)
  if (!existsSync(path)) {
    throw new PlainError(
      `The browser tests need Chromium and there is none at ${path}: install it (on Debian or Ubuntu: sudo apt-get install -y chromium) or point CHROMIUM_PATH at a Chromium or Chrome binary.`
    )
  }
  return path
}

type Result = { layer: Layer; ok: boolean; seconds: number; detail?: string }

type TestDatabase = { env: NodeJS.ProcessEnv; urlFor: (name: string) => string }

/**
 * `npm test`: every layer in turn (lint, type-check, unit, integration against real PostgreSQL,
 * browser tests against the real running apps), a summary at the end, non-zero exit on any failure.
 */
export const runTests = async (options: {
  root: string
  layers: Layer[]
  log: (line: string) => void
}): Promise<boolean> => {
  const { root, layers, log } = options
  const env = process.env
  if (layers.includes("e2e")) {
    assertChromium(env)
  }

  let embedded: EmbeddedDatabase | undefined
  let database: TestDatabase | undefined
  const testDatabase = async (): Promise<TestDatabase> => {
    if (database) {
      return database
    }
    if (env.DB_HOST) {
      const user = env.DB_USERNAME ?? "postgres"
      const auth = env.DB_PASSWORD
        ? `${user}:${encodeURIComponent(env.DB_PASSWORD)}`
        : user
      const port = env.DB_PORT ?? "5432"
      database = {
        env: {},
        urlFor: (name) => `postgres://${auth}@${env.DB_HOST}:${port}/${name}`,
      }
      return database
    }
    const port = parsePort(
      "EMBEDDED_TEST_POSTGRES_PORT",
      env.EMBEDDED_TEST_POSTGRES_PORT,
      54330
    )
    const dataDir = join(root, ".data", "postgres-test")
    log(`Starting an embedded PostgreSQL for the tests (port ${port})…`)
    embedded = await startEmbeddedPostgres({ dataDir, port, log })
    const started = embedded
    database = {
      env: {
        DB_HOST: started.host,
        DB_PORT: String(started.port),
        DB_USERNAME: started.user,
        DB_PASSWORD: started.password,
      },
      urlFor: started.urlFor,
    }
    return database
  }

  const results: Result[] = []
  const step = async (
    layer: Layer,
    body: () => Promise<void>
  ): Promise<void> => {
    if (!layers.includes(layer)) {
      return
    }
    log(`\n=== ${layer} ===`)
    const started = Date.now()
    try {
      await body()
      results.push({ layer, ok: true, seconds: (Date.now() - started) / 1000 })
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error)
      log(detail)
      results.push({
        layer,
        ok: false,
        seconds: (Date.now() - started) / 1000,
        detail,
      })
    }
  }
  const turbo = (
    task: string,
    label: string,
    extraEnv: NodeJS.ProcessEnv = {},
    args: string[] = []
  ) =>
    run("npx", ["turbo", "run", task, "--output-logs=full", ...args], {
      cwd: root,
      label,
      env: extraEnv,
      failure: `The ${label} layer failed`,
    })

  try {
    await step("lint", () =>
      run("npm", ["run", "--silent", "lint"], {
        cwd: root,
        label: "lint",
        failure: "ESLint or Prettier found problems",
      })
    )
    await step("typecheck", () => turbo("typecheck", "typecheck"))
    await step("unit", () => turbo("test:unit", "unit"))
    await step("integration", async () => {
      const db = await testDatabase()
      await turbo("test:integration", "integration", db.env, [
        "--concurrency=1",
      ])
    })
    await step("e2e", async () => {
      const db = await testDatabase()
      await turbo("build", "build")
      const databaseUrl = db.urlFor("cho_phien_e2e")
      await dropDatabase(databaseUrl).catch(() => undefined)
      rmSync(uploadDirFor(root, databaseUrl), { recursive: true, force: true })
      await ensureDatabase(databaseUrl)
      const backendPort = parsePort(
        "E2E_BACKEND_PORT",
        env.E2E_BACKEND_PORT,
        19000
      )
      const storefrontPort = parsePort(
        "E2E_STOREFRONT_PORT",
        env.E2E_STOREFRONT_PORT,
        18000
      )
      // The browser specs' own report is what matters; the backend's request log would bury it.
      process.env.LOG_LEVEL ??= "warn"
      const stack = await startStack({
        root,
        mode: "start",
        parts: ["backend", "storefront"],
        backendPort,
        storefrontPort,
        databaseUrl,
        redisUrl: env.REDIS_URL,
        log,
      })
      try {
        rmSync(join(root, "storefront", "test-results"), {
          recursive: true,
          force: true,
        })
        await run("npx", ["playwright", "test"], {
          cwd: join(root, "storefront"),
          label: "e2e",
          env: {
            BASE_URL: stack.storefrontUrl,
            BACKEND_URL: stack.backendUrl,
            CHROMIUM_PATH: chromiumPath(env),
          },
          failure: "The browser tests failed",
        })
      } finally {
        await stack.stop()
      }
    })
  } finally {
    await embedded?.stop()
  }

  log("\n=== summary ===")
  for (const result of results) {
    log(
      `${result.ok ? "PASS" : "FAIL"}  ${result.layer.padEnd(12)} ${result.seconds.toFixed(0)} s${result.detail ? `  ${result.detail}` : ""}`
    )
  }
  return results.every((r) => r.ok)
}
