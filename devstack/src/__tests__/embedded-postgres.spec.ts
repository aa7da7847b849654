import { spawn, type ChildProcess } from "node:child_process"
import { mkdtempSync, rmSync } from "node:fs"
import { createServer, type Server } from "node:net"
import { tmpdir } from "node:os"
import { join } from "node:path"

import pg from "pg"

const cli = join(__dirname, "..", "..", "bin", "cho-phien.mjs")
// Well away from 5432, so a machine's own PostgreSQL (or its absence) makes no difference.
const PORT = 54391

const runCli = (
  args: string[]
): { child: ChildProcess; output: () => string } => {
  let output = ""
  const child = spawn(process.execPath, [cli, ...args], {
    stdio: ["ignore", "pipe", "pipe"],
  })
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()))
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()))
  return { child, output: () => output }
}

const exitOf = (child: ChildProcess): Promise<number | null> =>
  new Promise((resolve) => child.on("exit", (code) => resolve(code)))

const waitFor = async (
  predicate: () => boolean,
  what: string,
  ms = 60000
): Promise<void> => {
  const deadline = Date.now() + ms
  while (!predicate()) {
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting for ${what}`)
    }
    await new Promise((r) => setTimeout(r, 200))
  }
}

const connect = async (): Promise<pg.Client> => {
  const client = new pg.Client({
    host: "localhost",
    port: PORT,
    user: "postgres",
    password: "postgres",
    database: "postgres",
  })
  await client.connect()
  return client
}

describe("embedded PostgreSQL (the path a machine without PostgreSQL takes)", () => {
  let dataDir: string

  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), "cho-phien-pg-"))
  })

  afterAll(() => {
    rmSync(dataDir, { recursive: true, force: true })
  })

  it("starts on a port other than 5432, answers queries, keeps data, and stops on SIGTERM", async () => {
    const first = runCli(["db", "--port", String(PORT), "--data-dir", dataDir])
    const firstExit = exitOf(first.child)
    await waitFor(
      () => first.output().includes("PostgreSQL is ready"),
      "the database to start"
    )

    const client = await connect()
    const { rows } = await client.query<{ port: string; version: string }>(
      "SELECT current_setting('port') AS port, version() AS version"
    )
    expect(rows[0]?.port).toBe(String(PORT))
    expect(rows[0]?.version).toMatch(/^PostgreSQL 17\./)
    await client.query("CREATE TABLE market_day (name text)")
    await client.query("INSERT INTO market_day VALUES ('Chợ phiên Bắc Hà')")
    await client.end()

    first.child.kill("SIGTERM")
    expect(await firstExit).toBe(0)
    expect(first.output()).toContain("PostgreSQL stopped.")
    await expect(connect()).rejects.toThrow()

    // A second start finds the same cluster and the same data.
    const second = runCli(["db", "--port", String(PORT), "--data-dir", dataDir])
    const secondExit = exitOf(second.child)
    await waitFor(
      () => second.output().includes("PostgreSQL is ready"),
      "the second start"
    )
    const again = await connect()
    const kept = await again.query<{ name: string }>(
      "SELECT name FROM market_day"
    )
    expect(kept.rows.map((r) => r.name)).toEqual(["Chợ phiên Bắc Hà"])
    await again.end()
    second.child.kill("SIGTERM")
    expect(await secondExit).toBe(0)
  })

  it("says in one sentence what to do when its port is taken", async () => {
    const blocker: Server = createServer()
    await new Promise<void>((resolve) => blocker.listen(PORT + 1, resolve))
    try {
      const run = runCli([
        "db",
        "--port",
        String(PORT + 1),
        "--data-dir",
        dataDir,
      ])
      expect(await exitOf(run.child)).toBe(1)
      const lines = run.output().trim().split("\n")
      expect(lines).toEqual([
        `Port ${PORT + 1} is already in use, so the embedded PostgreSQL cannot start there: stop whatever uses it, or choose another port with EMBEDDED_POSTGRES_PORT=<port>.`,
      ])
    } finally {
      blocker.close()
    }
  })
})
