import pg from "pg"

import { PlainError } from "./errors"

const describe = (url: string): string => {
  try {
    const parsed = new URL(url)
    return `${parsed.hostname}:${parsed.port || "5432"}${parsed.pathname}`
  } catch {
    return "the configured server"
  }
}

/** The database a URL names, and the same server's `postgres` database, where CREATE/DROP run. */
const splitDatabaseUrl = (
  url: URL
): { name: string; maintenanceUrl: string } => {
  const maintenance = new URL(url)
  maintenance.pathname = "/postgres"
  return {
    name: decodeURIComponent(url.pathname.replace(/^\//, "")),
    maintenanceUrl: maintenance.toString(),
  }
}

/** Creates the database named in `url` when it does not exist yet. */
export const ensureDatabase = async (url: string): Promise<void> => {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    throw new PlainError(
      "DATABASE_URL is not a valid URL: use the form postgres://user:password@host:5432/database."
    )
  }
  const { name, maintenanceUrl } = splitDatabaseUrl(parsed)
  if (!name) {
    throw new PlainError(
      "DATABASE_URL names no database: add one at the end, for example postgres://user:password@host:5432/cho_phien."
    )
  }
  const client = new pg.Client({ connectionString: maintenanceUrl })
  try {
    await client.connect()
  } catch (error) {
    throw new PlainError(
      `Cannot reach the database at ${describe(url)} (${(error as Error).message}): check that PostgreSQL runs and DATABASE_URL is right, or unset DATABASE_URL to use the embedded database.`
    )
  }
  try {
    const exists = await client.query(
      "SELECT 1 FROM pg_database WHERE datname = $1",
      [name]
    )
    if (exists.rowCount === 0) {
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`)
    }
  } catch (error) {
    throw new PlainError(
      `Could not create the database "${name}" (${(error as Error).message}): create it yourself or give the DATABASE_URL user the CREATEDB right.`
    )
  } finally {
    await client.end()
  }
}

export const dropDatabase = async (url: string): Promise<void> => {
  const { name, maintenanceUrl } = splitDatabaseUrl(new URL(url))
  const client = new pg.Client({ connectionString: maintenanceUrl })
  await client.connect()
  try {
    await client.query(
      `DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`
    )
  } finally {
    await client.end()
  }
}

/** Runs one query and returns its rows; for the start script's few checks. */
export const queryRows = async <T extends Record<string, unknown>>(
  url: string,
  sql: string,
  params: unknown[] = []
): Promise<T[]> => {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const result = await client.query<T>(sql, params)
    return result.rows
  } finally {
    await client.end()
  }
}
