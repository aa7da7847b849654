import {
  isErrorBody,
  isSummarizedTask,
  isTask,
  type MeiliTask,
} from "./api-types"

export type MeilisearchClientOptions = {
  host: string
  apiKey?: string
  fetch: typeof fetch
  /** Each request's bound. */
  timeoutMs: number
  /** How long a write may stay queued or processing before `waitForTask` gives up. */
  taskTimeoutMs: number
}

/** Anything that kept Meilisearch from doing what was asked; the message never holds the key. */
export class MeilisearchError extends Error {
  /** Meilisearch's error code (`invalid_api_key`, `index_not_found`…) when it gave one. */
  readonly code: string | null

  constructor(message: string, code: string | null = null) {
    super(message)
    this.name = "MeilisearchError"
    this.code = code
  }
}

/** "3 s", "1.5 s", "250 ms": how long, as a person reads it. */
export const formatDuration = (ms: number): string =>
  ms >= 1_000 ? `${Number((ms / 1_000).toFixed(1))} s` : `${ms} ms`

/** The host as shown in messages: no user name or password even if the URL had them. */
const displayHost = (host: URL): string => {
  const shown = new URL(host.href)
  shown.username = ""
  shown.password = ""
  return shown.href.replace(/\/+$/, "")
}

const sleep = (ms: number) =>
  new Promise<void>((resolve) => setTimeout(resolve, ms))

/** A thin client for Meilisearch's REST API: bearer key, a bound on every call, task polling. */
export class MeilisearchClient {
  readonly host: string
  private readonly base_: string
  private readonly options_: MeilisearchClientOptions

  constructor(options: MeilisearchClientOptions) {
    let url: URL
    try {
      url = new URL(options.host)
    } catch {
      throw new MeilisearchError(
        "MEILISEARCH_HOST must be an http(s) URL such as http://meilisearch:7700"
      )
    }
    if (url.protocol !== "http:" && url.protocol !== "https:") {
      throw new MeilisearchError(
        "MEILISEARCH_HOST must be an http(s) URL such as http://meilisearch:7700"
      )
    }
    this.options_ = options
    this.base_ = url.href.replace(/\/+$/, "")
    this.host = displayHost(url)
  }

  /** Removes the API key from any text that could reach a log or a caller. */
  private redact(text: string): string {
    const key = this.options_.apiKey
    return key ? text.split(key).join("[redacted]") : text
  }

  /**
   * Sends one request and returns its JSON body. With `indexMissing: "null"`, Meilisearch's
   * `index_not_found` answers null instead of throwing (an index that does not exist yet).
   */
  async request(
    method: "GET" | "POST" | "PATCH" | "DELETE",
    path: string,
    body?: unknown,
    options: { indexMissing?: "null" } = {}
  ): Promise<unknown> {
    const what = `${method} ${path.split("?")[0]}`
    const controller = new AbortController()
    const timer = setTimeout(() => controller.abort(), this.options_.timeoutMs)
    const headers: Record<string, string> = { Accept: "application/json" }
    if (body !== undefined) {
      headers["Content-Type"] = "application/json"
    }
    if (this.options_.apiKey) {
      headers.Authorization = `Bearer ${this.options_.apiKey}`
    }
    let status: number
    let text: string
    try {
      const response = await this.options_.fetch(`${this.base_}${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: controller.signal,
      })
      status = response.status
      text = await response.text()
    } catch (error) {
      if (controller.signal.aborted) {
        throw new MeilisearchError(
          `Meilisearch at ${this.host} did not answer within ${formatDuration(this.options_.timeoutMs)} (${what})`
        )
      }
      const cause = error instanceof Error ? error.message : String(error)
      throw new MeilisearchError(
        this.redact(
          `Meilisearch at ${this.host} could not be reached (${what}): ${cause}`
        )
      )
    } finally {
      clearTimeout(timer)
    }
    let parsed: unknown = null
    if (text.length > 0) {
      try {
        parsed = JSON.parse(text)
      } catch {
        throw new MeilisearchError(
          `Meilisearch at ${this.host} answered ${what} with HTTP ${status} and a body that is not JSON`
        )
      }
    }
    if (status >= 200 && status < 300) {
      return parsed
    }
    const code = isErrorBody(parsed) ? parsed.code : null
    if (code === "index_not_found" && options.indexMissing === "null") {
      return null
    }
    const reason = isErrorBody(parsed) ? `: ${parsed.message}` : ""
    const hint =
      status === 401 || status === 403
        ? " (check MEILISEARCH_API_KEY: it must be the master key or a key with these actions)"
        : ""
    throw new MeilisearchError(
      this.redact(
        `Meilisearch at ${this.host} refused ${what} with HTTP ${status}${code ? ` ${code}` : ""}${reason}${hint}`
      ),
      code
    )
  }

  /** Sends a write and returns the uid of the task Meilisearch queued for it. */
  async enqueue(
    method: "POST" | "PATCH" | "DELETE",
    path: string,
    body?: unknown
  ): Promise<number> {
    const answer = await this.request(method, path, body)
    if (!isSummarizedTask(answer)) {
      throw new MeilisearchError(
        `Meilisearch at ${this.host} answered ${method} ${path} without a task`
      )
    }
    return answer.taskUid
  }

  /**
   * Polls `GET /tasks/:uid` until the task is done (at most `taskTimeoutMs`). A failed task
   * throws with Meilisearch's reason, unless its error code is in `tolerated`.
   */
  async waitForTask(
    taskUid: number,
    tolerated: string[] = []
  ): Promise<MeiliTask> {
    const deadline = Date.now() + this.options_.taskTimeoutMs
    let pause = 25
    for (;;) {
      const task = await this.request("GET", `/tasks/${taskUid}`)
      if (!isTask(task)) {
        throw new MeilisearchError(
          `Meilisearch at ${this.host} answered GET /tasks/${taskUid} without a task`
        )
      }
      if (task.status === "succeeded") {
        return task
      }
      if (task.status === "failed" || task.status === "canceled") {
        if (task.error && tolerated.includes(task.error.code)) {
          return task
        }
        const reason = task.error
          ? `${task.error.code}: ${task.error.message}`
          : task.status
        throw new MeilisearchError(
          this.redact(
            `Meilisearch at ${this.host} could not finish task ${taskUid} (${task.type}): ${reason}`
          ),
          task.error?.code ?? null
        )
      }
      const left = deadline - Date.now()
      if (left <= 0) {
        throw new MeilisearchError(
          `Meilisearch at ${this.host} has not finished task ${taskUid} (${task.type}, ${task.status}) after ${formatDuration(this.options_.taskTimeoutMs)}; it may still finish later`
        )
      }
      await sleep(Math.min(pause, left))
      pause = Math.min(pause * 2, 500)
    }
  }
}
