/**
 * The child processes the checkout bench starts (migrations, seed, backend). Like devstack's
 * processes.ts, each runs in its own process group so that stopping it stops what it started; unlike
 * it, output is hidden except the lines a step chooses to show, and the last lines are printed when
 * something fails.
 */
import { spawn, type ChildProcess } from "node:child_process"
import { createInterface } from "node:readline"

import { PlainError } from "../../devstack/src/errors"

export type StepOptions = {
  cwd: string
  env: NodeJS.ProcessEnv
  /** Shown before each line printed, e.g. "seed". */
  label: string
  /** Which output lines reach the terminal (all when `verbose`); Medusa's start with their level. */
  show?: (line: string) => boolean
  verbose?: boolean
  log: (line: string) => void
}

export type Child = {
  process: ChildProcess
  /** The last lines it printed, for a failure message. */
  tail: () => string[]
  exited: Promise<number | null>
}

/** Every child started, kept after it exits: its process group may live on. */
const started = new Set<ChildProcess>()
/** Set once the bench is stopping: a step it cut short is not reported as a failure. */
let stopping = false

/** Thrown by a step the bench stopped itself (Ctrl-C); the caller just winds down. */
export class StoppedError extends Error {
  constructor() {
    super("Stopped.")
    this.name = "StoppedError"
  }
}

// Medusa's logger colours and pads its level ("info:    "); the person needs the message only.
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g
const withoutLevel = (line: string): string =>
  line.replace(/^(info|warn|debug|http):\s+/, "")

export const startChild = (
  command: string,
  args: string[],
  options: StepOptions
): Child => {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: { ...process.env, ...options.env, FORCE_COLOR: "0" },
    stdio: ["ignore", "pipe", "pipe"],
    detached: process.platform !== "win32",
  })
  started.add(child)
  const lines: string[] = []
  const sink = (raw: string): void => {
    const line = raw.replace(ANSI, "")
    lines.push(line)
    if (lines.length > 60) {
      lines.shift()
    }
    if (!stopping && (options.verbose || options.show?.(line))) {
      options.log(`  [${options.label}] ${withoutLevel(line)}`)
    }
  }
  for (const stream of [child.stdout, child.stderr]) {
    if (stream) {
      createInterface({ input: stream }).on("line", sink)
    }
  }
  const exited = new Promise<number | null>((resolve) => {
    child.on("exit", (code) => resolve(code))
    child.on("error", () => resolve(1))
  })
  return { process: child, tail: () => [...lines], exited }
}

/** Runs a command to completion; a failure prints its last lines and becomes a PlainError. */
export const runStep = async (
  command: string,
  args: string[],
  options: StepOptions & { failure: string }
): Promise<void> => {
  const child = startChild(command, args, options)
  const code = await child.exited
  if (stopping) {
    throw new StoppedError()
  }
  if (code !== 0) {
    if (!options.verbose) {
      process.stderr.write(`${child.tail().join("\n")}\n`)
    }
    throw new PlainError(
      `${options.failure} (exit code ${code}; its last lines are above).`
    )
  }
}

const signalGroup = (child: ChildProcess, signal: NodeJS.Signals): void => {
  if (child.pid === undefined) {
    return
  }
  try {
    if (process.platform === "win32") {
      child.kill(signal)
    } else {
      process.kill(-child.pid, signal)
    }
  } catch {
    // Already gone.
  }
}

const groupAlive = (child: ChildProcess): boolean => {
  if (child.pid === undefined || process.platform === "win32") {
    return false
  }
  try {
    process.kill(-child.pid, 0)
    return true
  } catch {
    return false
  }
}

/**
 * Stops every child this bench started and whatever they started (npx starts medusa, which
 * outlives npx by a moment): SIGTERM to each process group, SIGKILL to what is left after `graceMs`.
 */
export const stopChildren = async (graceMs = 5000): Promise<void> => {
  stopping = true
  const children = [...started]
  for (const child of children) {
    signalGroup(child, "SIGTERM")
  }
  const deadline = Date.now() + graceMs
  while (children.some(groupAlive) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  for (const child of children.filter(groupAlive)) {
    signalGroup(child, "SIGKILL")
  }
}
