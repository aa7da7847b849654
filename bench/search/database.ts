/**
 * The search bench's throwaway database (bench/lib/scratch-database.ts). It gets the search
 * module's schema from the plugin's own migration classes (their SQL, in order), so the tables,
 * functions and indexes are the ones the backend runs on; nothing else of Medusa is needed.
 * `dropBenchDatabase` undoes what was made.
 */
import { readdirSync } from "node:fs"
import { join } from "node:path"

import { queryRows } from "../../devstack/src/database"
import {
  dropScratchDatabases,
  openScratchDatabase,
  type ScratchDatabase,
} from "../lib/scratch-database"

const DATABASE = "cho_phien_bench_search"

const MIGRATIONS = "plugins/search/src/modules/product-search/migrations"

export type BenchDatabase = ScratchDatabase

/** Stops and deletes whatever the bench started; safe to call twice. */
export const dropBenchDatabase = dropScratchDatabases

type MigrationClass = new (
  driver: undefined,
  config: undefined
) => { up(): Promise<void>; getQueries(): string[] }

/** The SQL of the search module's migrations, in the order Medusa runs them (by file name). */
export const searchSchemaSql = async (root: string): Promise<string[]> => {
  const dir = join(root, MIGRATIONS)
  const files = readdirSync(dir)
    .filter((file) => /^Migration\d+\.ts$/.test(file))
    .sort()
  const statements: string[] = []
  for (const file of files) {
    const module = (await import(join(dir, file))) as Record<string, unknown>
    for (const exported of Object.values(module)) {
      if (typeof exported === "function") {
        const migration = new (exported as MigrationClass)(undefined, undefined)
        await migration.up()
        statements.push(...migration.getQueries())
      }
    }
  }
  return statements
}

export const prepareBenchDatabase = async (options: {
  root: string
  databaseUrl?: string
  log: (line: string) => void
}): Promise<BenchDatabase> => {
  const { root, log } = options
  const database = await openScratchDatabase({
    name: DATABASE,
    fills: "100,000 products",
    databaseUrl: options.databaseUrl,
    log,
  })

  log("Creating the search module's schema (its migrations' SQL)…")
  const statements = await searchSchemaSql(root)
  for (const statement of statements) {
    await queryRows(database.url, statement)
  }
  log(`  ${statements.length} statements`)
  return database
}
