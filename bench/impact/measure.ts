/**
 * Times the officers' commune table, `impactFigures` from the built impact plugin, on the bench's
 * database: a warm-up, then N runs per scope, one after another, through a Knex pool like the
 * backend's. With `explain`, the statements of one nationwide call are run again under
 * EXPLAIN (ANALYZE, BUFFERS).
 */
import {
  impactFigures,
  type ImpactScope,
  type KeyedFigures,
} from "@cho-phien/impact/lib/sql/impact-queries"
import { resolvePeriods, type Period } from "@cho-phien/impact/lib/periods"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ModulesSdkUtils } from "@medusajs/framework/utils"
import pg from "pg"

import type { CpuReading } from "../checkout/cpu"

export type ScopeTiming = {
  label: string
  /** Milliseconds of each timed run. */
  runs: number[]
  /** CPU milliseconds per run, on average: this process (Knex, merging) and PostgreSQL. */
  cpu?: { node: number; database?: number }
  rows: { communes: number; provinces: number }
  total: KeyedFigures | undefined
}

export type Measured = {
  period: Period
  baseline: Period
  scopes: ScopeTiming[]
  explained: { sql: string; plan: string[] }[]
}

const WARM_UP = 2

export const percentile = (values: readonly number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b)
  return (
    sorted[
      Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)
    ] ?? 0
  )
}

const explainAll = async (
  db: Knex,
  url: string,
  scope: ImpactScope,
  period: Period,
  baseline: Period
): Promise<{ sql: string; plan: string[] }[]> => {
  const statements: { sql: string; bindings: readonly unknown[] }[] = []
  const listener = (query: { sql: string; bindings?: readonly unknown[] }) => {
    statements.push({ sql: query.sql, bindings: query.bindings ?? [] })
  }
  db.on("query", listener)
  try {
    await impactFigures(db, scope, period, baseline)
  } finally {
    db.off("query", listener)
  }
  // Knex hands the driver "$1"-numbered statements; they go back to the driver as they are.
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const explained: { sql: string; plan: string[] }[] = []
    for (const statement of statements) {
      const result = await client.query<{ "QUERY PLAN": string }>(
        `explain (analyze, buffers) ${statement.sql}`,
        [...statement.bindings]
      )
      explained.push({
        sql: statement.sql.replace(/\s+/g, " ").trim(),
        plan: result.rows.map((row) => row["QUERY PLAN"]),
      })
    }
    return explained
  } finally {
    await client.end()
  }
}

export const measure = async (options: {
  url: string
  /** CPU seconds used so far by this process and the database, when they can be read. */
  cpu?: () => CpuReading
  runs: number
  province: string
  programme: string
  explain: boolean
  log: (line: string) => void
}): Promise<Measured> => {
  const db = ModulesSdkUtils.createPgConnection({
    clientUrl: options.url,
    schema: "public",
    pool: { min: 5, max: 10 },
  }) as unknown as Knex
  try {
    const { period, baseline } = resolvePeriods({}, new Date())
    const scopes: { label: string; scope: ImpactScope }[] = [
      { label: "nationwide", scope: { provinces: null } },
      {
        label: `province ${options.province}`,
        scope: { provinces: [options.province] },
      },
      {
        label: `programme ${options.programme}`,
        scope: { provinces: null, programme: options.programme },
      },
    ]
    const timings: ScopeTiming[] = []
    for (const { label, scope } of scopes) {
      options.log(
        `  ${label}: ${WARM_UP} warm-up runs, then ${options.runs} timed…`
      )
      let rows: KeyedFigures[] = []
      for (let i = 0; i < WARM_UP; i += 1) {
        rows = await impactFigures(db, scope, period, baseline)
      }
      const runs: number[] = []
      const before = options.cpu?.()
      for (let i = 0; i < options.runs; i += 1) {
        const started = performance.now()
        rows = await impactFigures(db, scope, period, baseline)
        runs.push(performance.now() - started)
      }
      const after = options.cpu?.()
      const perRun = (from?: number, to?: number): number | undefined =>
        from === undefined || to === undefined
          ? undefined
          : ((to - from) * 1000) / options.runs
      timings.push({
        label,
        runs,
        cpu:
          before && after
            ? {
                node: perRun(before.backend, after.backend) ?? 0,
                database: perRun(before.database, after.database),
              }
            : undefined,
        rows: {
          communes: rows.filter((row) => row.level === "commune").length,
          provinces: rows.filter((row) => row.level === "province").length,
        },
        total: rows.find((row) => row.level === "total"),
      })
    }
    const explained = options.explain
      ? await explainAll(db, options.url, { provinces: null }, period, baseline)
      : []
    return { period, baseline, scopes: timings, explained }
  } finally {
    await db.destroy()
  }
}

/** The database's size and the settings that shape these queries, for the report. */
export const describeDatabase = async (
  url: string
): Promise<{
  version: string
  size: string
  tables: string[]
  settings: string[]
}> => {
  const db = ModulesSdkUtils.createPgConnection({
    clientUrl: url,
    schema: "public",
    pool: { min: 0, max: 1 },
  }) as unknown as Knex
  try {
    const version = await db.raw<{ rows: { v: string }[] }>(
      "select current_setting('server_version') as v"
    )
    const size = await db.raw<{ rows: { s: string }[] }>(
      "select pg_size_pretty(pg_database_size(current_database())) as s"
    )
    const tables = await db.raw<{
      rows: { name: string; rows: string; size: string }[]
    }>(
      `select c.relname as name, c.reltuples::bigint as rows,
         pg_size_pretty(pg_total_relation_size(c.oid)) as size
       from pg_class c join pg_namespace n on n.oid = c.relnamespace
       where n.nspname = 'public' and c.relkind = 'r' and c.relname in
         ('cooperative', 'impact_programme_tag', 'impact_order_sale', 'impact_order_line',
          'impact_recorded_sale')
       order by pg_total_relation_size(c.oid) desc`
    )
    const settings = await db.raw<{
      rows: { name: string; setting: string; unit: string | null }[]
    }>(
      `select name, setting, unit from pg_settings where name in
         ('shared_buffers', 'work_mem', 'effective_cache_size', 'random_page_cost',
          'max_parallel_workers_per_gather', 'max_worker_processes', 'jit')
       order by name`
    )
    const unitSize = (setting: string, unit: string | null): string => {
      const kb: Record<string, number> = { "8kB": 8, kB: 1, MB: 1024 }
      const factor = unit ? kb[unit] : undefined
      if (factor === undefined) {
        return unit ? `${setting} ${unit}` : setting
      }
      const total = Number(setting) * factor
      return total >= 1024 ? `${(total / 1024).toFixed(0)} MB` : `${total} kB`
    }
    return {
      version: `PostgreSQL ${version.rows[0]?.v ?? "?"}`,
      size: size.rows[0]?.s ?? "?",
      tables: tables.rows.map(
        (row) =>
          `${row.name}: ${Number(row.rows).toLocaleString("en")} rows, ${row.size}`
      ),
      settings: settings.rows.map(
        (row) => `${row.name} = ${unitSize(row.setting, row.unit)}`
      ),
    }
  } finally {
    await db.destroy()
  }
}
