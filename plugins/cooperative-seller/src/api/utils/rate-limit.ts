import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"

type Window = { startedAt: number; count: number }

// Past this many tracked keys, expired windows are swept so the map cannot grow without bound.
const SWEEP_AT = 10_000

/**
 * A fixed-window limiter per client IP and route, kept in this process's memory. That is enough
 * for one server process; with REDIS_URL (several servers behind a balancer) each process would
 * count on its own, so a shared Redis store should back it there.
 */
export const rateLimit = (options: {
  limit: number
  windowMs: number
  action: string
}) => {
  const windows = new Map<string, Window>()
  return (
    req: MedusaRequest,
    res: MedusaResponse,
    next: MedusaNextFunction
  ): void => {
    const now = Date.now()
    if (windows.size > SWEEP_AT) {
      for (const [key, window] of windows) {
        if (now - window.startedAt >= options.windowMs) {
          windows.delete(key)
        }
      }
    }
    const route = (req.originalUrl ?? req.url).split("?")[0]
    const key = `${req.ip ?? "unknown"} ${route}`
    const current = windows.get(key)
    const window =
      current && now - current.startedAt < options.windowMs
        ? current
        : { startedAt: now, count: 0 }
    window.count += 1
    windows.set(key, window)
    if (window.count <= options.limit) {
      next()
      return
    }
    const retryAfter = Math.ceil(
      (window.startedAt + options.windowMs - now) / 1000
    )
    res.setHeader("Retry-After", String(retryAfter))
    res.status(429).json({
      type: "too_many_requests",
      message: `Too many attempts to ${options.action}; wait ${retryAfter} seconds and try again.`,
    })
  }
}
