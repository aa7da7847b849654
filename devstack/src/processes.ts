import { spawn, type ChildProcess } from "node:child_process"
import { createInterface } from "node:readline"

import { PlainError } from "./errors"

export type RunOptions = {
  cwd: string
  env?: NodeJS.ProcessEnv
  /** Shown before each output line, e.g. "backend". */
  label: string
  /** Hide the output unless the command fails. */
  quiet?: boolean
}

const prefixLines = (
  stream: NodeJS.ReadableStream | null,
  label: string,
  sink: (line: string) => void
): void => {
  if (!stream) {
    return
  }
  createInterface({ input: stream }).on("line", (line) =>
    sink(`[${label}] ${line}`)
  )
}

const npmCommand = process.platform === "win32" ? "npm.cmd" : "npm"

const spawnLabelled = (
  command: string,
  args: string[],
  options: RunOptions,
  captured: string[]
): ChildProcess => {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: { ...process.env, ...options.env, FORCE_COLOR: "0" },
    stdio: ["ignore", "pipe", "pipe"],
    // Its own process group, so that stopping it stops everything it started.
    detached: process.platform !== "win32",
  })
  const sink = (line: string): void => {
    captured.push(line)
    if (captured.length > 200) {
      captured.shift()
    }
    if (!options.quiet) {
      process.stdout.write(`${line}\n`)
    }
  }
  prefixLines(child.stdout, options.label, sink)
  prefixLines(child.stderr, options.label, sink)
  return child
}

/** Runs a command to completion; a non-zero exit becomes a PlainError naming the step. */
export const run = (
  command: string,
  args: string[],
  options: RunOptions & { failure: string }
): Promise<void> =>
  new Promise((resolve, reject) => {
    const captured: string[] = []
    const child = spawnLabelled(
      command === "npm" ? npmCommand : command,
      args,
      options,
      captured
    )
    running.add(child)
    child.on("error", (error) => {
      running.delete(child)
      reject(new PlainError(`${options.failure} (${error.message}).`))
    })
    child.on("exit", (code, signal) => {
      running.delete(child)
      if (code === 0) {
        resolve()
        return
      }
      if (options.quiet) {
        process.stderr.write(`${captured.slice(-40).join("\n")}\n`)
      }
      reject(
        new PlainError(
          `${options.failure} (${signal ? `stopped by ${signal}` : `exit code ${code}`}; its output is above).`
        )
      )
    })
  })

export type Service = {
  child: ChildProcess
  exited: Promise<number | null>
}

/** Starts a long-running process (a server); `exited` settles when it ends. */
export const launch = (
  command: string,
  args: string[],
  options: RunOptions
): Service => {
  const child = spawnLabelled(
    command === "npm" ? npmCommand : command,
    args,
    options,
    []
  )
  running.add(child)
  const exited = new Promise<number | null>((resolve) => {
    child.on("exit", (code) => {
      running.delete(child)
      resolve(code)
    })
    child.on("error", () => {
      running.delete(child)
      resolve(1)
    })
  })
  return { child, exited }
}

const running = new Set<ChildProcess>()

const signalGroup = (child: ChildProcess, signal: NodeJS.Signals): void => {
  if (child.pid === undefined || child.exitCode !== null) {
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

/** Stops every child this process started: SIGTERM, then SIGKILL after `graceMs`. */
export const stopAll = async (graceMs = 10000): Promise<void> => {
  const children = [...running]
  await Promise.all(
    children.map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) {
            resolve()
            return
          }
          const timer = setTimeout(() => {
            signalGroup(child, "SIGKILL")
            resolve()
          }, graceMs)
          child.once("exit", () => {
            clearTimeout(timer)
            resolve()
          })
          signalGroup(child, "SIGTERM")
        })
    )
  )
}

/** Polls a URL until it answers 2xx/3xx, the process dies, or the time is up. */
export const waitForHttp = async (
  url: string,
  service: Service,
  what: string,
  timeoutMs: number
): Promise<void> => {
  const deadline = Date.now() + timeoutMs
  let died = false
  void service.exited.then(() => {
    died = true
  })
  while (Date.now() < deadline) {
    if (died) {
      throw new PlainError(
        `The ${what} stopped while starting; its output is above.`
      )
    }
    try {
      const response = await fetch(url, { redirect: "manual" })
      if (response.status < 400) {
        return
      }
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 1000))
  }
  throw new PlainError(
    `The ${what} did not answer at ${url} within ${Math.round(timeoutMs / 1000)} seconds; its output is above.`
  )
}
