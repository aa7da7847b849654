#!/usr/bin/env node
// Plain JavaScript on purpose: this file must run, and explain itself, on a Node.js too old for
// the rest of the project. Everything else lives in TypeScript under devstack/src.
import { spawn } from "node:child_process"
import { createRequire } from "node:module"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"

const [major, minor] = process.versions.node.split(".").map(Number)
if (major < 20 || (major === 20 && minor < 11)) {
  process.stderr.write(
    `Chợ Phiên needs Node.js 20.11 or newer, and this is Node.js ${process.versions.node}: install Node.js 20 or 22 (https://nodejs.org) and run the command again.\n`
  )
  process.exit(1)
}

const require = createRequire(import.meta.url)
let tsx
try {
  tsx = require.resolve("tsx")
} catch {
  process.stderr.write(
    "The project's dependencies are not installed: run `npm install` in the project folder first.\n"
  )
  process.exit(1)
}

const here = dirname(fileURLToPath(import.meta.url))
const child = spawn(
  process.execPath,
  [
    "--import",
    tsx,
    join(here, "..", "src", "cli", "main.ts"),
    ...process.argv.slice(2),
  ],
  { stdio: "inherit" }
)
// The child handles SIGINT/SIGTERM itself (it must stop PostgreSQL cleanly); we only wait for it.
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(signal, () => child.kill(signal))
}
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
