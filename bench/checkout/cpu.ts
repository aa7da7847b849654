/**
 * CPU time used by the bench's own backend and database, read from Linux's /proc: on a busy
 * machine the wall-clock figures depend on everything else running, CPU seconds per checkout
 * much less. Elsewhere (or when /proc is unreadable) there is no figure.
 */
import { readdirSync, readFileSync } from "node:fs"

// Clock ticks per second of /proc's utime and stime: 100 on every common Linux build.
const TICKS_PER_SECOND = 100

type Proc = { pid: number; ppid: number; pgrp: number; ticks: number }

const readProcs = (): Proc[] => {
  const procs: Proc[] = []
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) {
      continue
    }
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8")
      // The command name (in parentheses) may hold spaces; the fields after it are plain.
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ")
      procs.push({
        pid: Number(entry),
        ppid: Number(fields[1]),
        pgrp: Number(fields[2]),
        ticks: Number(fields[11]) + Number(fields[12]),
      })
    } catch {
      // Gone while we looked.
    }
  }
  return procs
}

const commandLine = (pid: number): string => {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").replace(/\0/g, " ")
  } catch {
    return ""
  }
}

export type CpuReading = { backend: number; database?: number }

/**
 * A reader of the CPU seconds used so far by the process group `backendGroup` (npx, medusa and
 * its children) and, when `databaseDir` is given, by the PostgreSQL serving that folder and its
 * processes. Undefined when /proc cannot be read.
 */
export const cpuReader = (
  backendGroup: number,
  databaseDir?: string
): (() => CpuReading) | undefined => {
  if (process.platform !== "linux") {
    return undefined
  }
  try {
    readProcs()
  } catch {
    return undefined
  }
  return () => {
    const procs = readProcs()
    const seconds = (list: Proc[]) =>
      list.reduce((sum, p) => sum + p.ticks, 0) / TICKS_PER_SECOND
    const backend = seconds(procs.filter((p) => p.pgrp === backendGroup))
    if (!databaseDir) {
      return { backend }
    }
    const postmaster = procs.find((p) =>
      commandLine(p.pid).includes(databaseDir)
    )
    return postmaster
      ? {
          backend,
          database: seconds(
            procs.filter(
              (p) => p.pid === postmaster.pid || p.ppid === postmaster.pid
            )
          ),
        }
      : { backend }
  }
}
