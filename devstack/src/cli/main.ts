import {
  DEMO_OPERATOR_EMAIL,
  DEMO_PASSWORD,
} from "@cho-phien/seed/src/constants"

import { parseOnly, parsePort, readStackConfig } from "../config"
import { startEmbeddedPostgres, stopAllClusters } from "../embedded-postgres"
import { stopAll } from "../processes"
import { PlainError } from "../errors"
import { ensureDatabase } from "../database"
import { loadSecrets, secretsFile } from "../secrets"
import {
  buildPluginAndSeed,
  migrate,
  PARTS,
  seedDemo,
  startStack,
  type RunningStack,
} from "../stack"
import { LAYERS, runTests } from "../test-runner"

const log = (line: string): void => {
  process.stdout.write(`${line}\n`)
}

const banner = (stack: RunningStack, production: boolean): string =>
  [
    "",
    "Chợ Phiên is running.",
    `  Storefront:  ${stack.storefrontUrl}  (English: ${stack.storefrontUrl}/en)`,
    `  Backend API: ${stack.backendUrl}`,
    `  Admin:       ${stack.backendUrl}/app`,
    production
      ? "  (NODE_ENV=production: no demo logins were created.)"
      : `  Demo login:  operator ${DEMO_OPERATOR_EMAIL} / ${DEMO_PASSWORD}`,
    "Press Ctrl-C to stop everything (the database keeps its data in .data/).",
    "",
  ].join("\n")

const serve = async (mode: "start" | "dev", args: string[]): Promise<void> => {
  const config = readStackConfig()
  const parts = parseOnly(args, PARTS, ["backend", "storefront"])
  if (parts.includes("worker") && !config.redisUrl) {
    throw new PlainError(
      "A separate worker shares its work through Redis: set REDIS_URL, or run without --only worker."
    )
  }
  const stack = await startStack({
    root: config.root,
    mode,
    parts,
    publicBackendUrl: process.env.MEDUSA_BACKEND_URL,
    backendPort: config.backendPort,
    storefrontPort: config.storefrontPort,
    databaseUrl: config.databaseUrl,
    embedded: config.embedded,
    redisUrl: config.redisUrl,
    nodeEnv: process.env.NODE_ENV,
    log,
  })
  log(
    parts.includes("storefront") && parts.includes("backend")
      ? banner(stack, config.production)
      : `Running: ${parts.join(", ")}.`
  )

  await stack.exited
  if (!stopping) {
    log(
      "The backend or the storefront stopped on its own (see its output above)."
    )
    await shutdown(1)
  }
}

const seed = async (): Promise<void> => {
  // The same path as `npm start`'s first run, without serving: database, migrations, seed.
  const config = readStackConfig()
  const embedded = config.databaseUrl
    ? undefined
    : await startEmbeddedPostgres({ ...config.embedded, log })
  const databaseUrl =
    config.databaseUrl ?? embedded?.urlFor(config.embedded.database) ?? ""
  try {
    await ensureDatabase(databaseUrl)
    const env = {
      ...loadSecrets(secretsFile(config.root)),
      DATABASE_URL: databaseUrl,
    }
    await buildPluginAndSeed(config.root)
    await migrate(config.root, env)
    await seedDemo(config.root, env)
  } finally {
    await embedded?.stop()
  }
}

/** Runs only the embedded PostgreSQL, in the foreground, until Ctrl-C. */
const database = async (args: string[]): Promise<void> => {
  const { embedded } = readStackConfig()
  const option = (name: string): string | undefined => {
    const index = args.indexOf(name)
    return index >= 0 ? args[index + 1] : undefined
  }
  const port = parsePort("--port", option("--port"), embedded.port)
  const dataDir = option("--data-dir") ?? embedded.dataDir
  const db = await startEmbeddedPostgres({ dataDir, port, log })
  log(`PostgreSQL is ready: ${db.urlFor("postgres")}`)
}

const test = async (args: string[]): Promise<void> => {
  const layers = parseOnly(args, LAYERS, [...LAYERS])
  const ok = await runTests({ root: readStackConfig().root, layers, log })
  process.exit(ok ? 0 : 1)
}

let stopping = false

/** Stops what this process started, children first, then the database, and exits. */
const shutdown = async (code: number): Promise<void> => {
  if (stopping) {
    return
  }
  stopping = true
  // Servers get a few seconds to finish; a supervisor usually waits about five before killing.
  await stopAll(4000)
  if ((await stopAllClusters()) > 0) {
    log("PostgreSQL stopped.")
  }
  process.exit(code)
}

const main = async (): Promise<void> => {
  const [command, ...args] = process.argv.slice(2)
  // embedded-postgres installs its own signal handlers, which stop the database and exit at once,
  // before the backend and storefront have stopped. Ours replace them and keep the order.
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.removeAllListeners(signal)
    process.on(signal, () => {
      log(`Received ${signal}: stopping…`)
      void shutdown(command === "test" ? 1 : 0)
    })
  }
  switch (command) {
    case "start":
    case "dev":
      return serve(command, args)
    case "test":
      return test(args)
    case "seed":
      return seed()
    case "db":
      return database(args)
    default:
      throw new PlainError(
        "Usage: cho-phien start|dev [--only backend,worker,storefront] | test [--only layers] | seed | db [--port N] [--data-dir DIR]"
      )
  }
}

main().catch((error: unknown) => {
  if (error instanceof PlainError) {
    process.stderr.write(`\n${error.message}\n`)
  } else {
    process.stderr.write(
      `\nSomething unexpected went wrong: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`
    )
  }
  process.exit(1)
})
