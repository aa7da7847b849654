import { createServer, type IncomingMessage, type Server } from "node:http"
import type { AddressInfo } from "node:net"

import { fold } from "./fold"

/**
 * A FAKE Meilisearch server for tests only: it speaks the request and response format of
 * Meilisearch's published REST API (v1.x) for what the provider uses — indexes, settings,
 * documents, tasks, search and multi-search, bearer keys — on 127.0.0.1 and a random port.
 * Its matching is deliberately simple (every folded query word must be a word of a searchable
 * attribute, the last one as a prefix; ranked by the first attribute that matched) and it
 * understands only the filter forms `attr = "text"`, `attr = 3`, `attr >= 3`, `attr <= 3`,
 * `attr = true` and `attr EXISTS`. It says nothing about Meilisearch's relevance.
 */

/** How the fake answers: normally, too slowly, or with tasks that never leave the queue. */
export type FakeMeilisearchMode = "ok" | "slow" | "stuck-tasks"

export type FakeMeilisearchRequest = {
  method: string
  path: string
  query: URLSearchParams
  headers: IncomingMessage["headers"]
  body: unknown
}

export type FakeMeilisearchOptions = {
  /** The master key; requests need `Authorization: Bearer <key>`. Null: no key needed. */
  apiKey?: string | null
  /** How long "slow" mode waits before answering, in ms. */
  slowMs?: number
}

type FakeDocument = Record<string, unknown>

type FakeSettings = {
  searchableAttributes: string[]
  filterableAttributes: string[]
  sortableAttributes: string[]
  [setting: string]: unknown
}

type FakeIndex = {
  uid: string
  primaryKey: string | null
  createdAt: string
  updatedAt: string
  documents: Map<string, FakeDocument>
  settings: FakeSettings
}

type FakeError = { message: string; code: string; type: string; link: string }

type FakeTask = {
  uid: number
  batchUid: number | null
  indexUid: string | null
  status: "enqueued" | "processing" | "succeeded" | "failed" | "canceled"
  type: string
  canceledBy: null
  details: Record<string, unknown>
  error: FakeError | null
  duration: string | null
  enqueuedAt: string
  startedAt: string | null
  finishedAt: string | null
}

export type FakeMeilisearchServer = {
  url: string
  apiKey: string | null
  /** Every request received, in order. */
  requests: FakeMeilisearchRequest[]
  /** The documents of an index, in the order they were first added. */
  documents: (index: string) => FakeDocument[]
  settings: (index: string) => FakeSettings | null
  /** Puts documents straight into an index (creating it with primary key id), as if indexed. */
  seed: (index: string, documents: FakeDocument[]) => void
  setMode: (mode: FakeMeilisearchMode) => void
  close: () => Promise<void>
}

export const FAKE_MEILISEARCH_KEY = "fake-meili-master-key-0123456789"

const DEFAULT_SETTINGS = (): FakeSettings => ({
  searchableAttributes: ["*"],
  filterableAttributes: [],
  sortableAttributes: [],
  displayedAttributes: ["*"],
  rankingRules: [
    "words",
    "typo",
    "proximity",
    "attribute",
    "sort",
    "exactness",
  ],
  typoTolerance: { enabled: true },
  faceting: { maxValuesPerFacet: 100 },
  pagination: { maxTotalHits: 1000 },
})

const error = (message: string, code: string, type = "invalid_request") => ({
  message,
  code,
  type,
  link: `https://docs.meilisearch.com/errors#${code}`,
})

class FakeHttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: FakeError
  ) {
    super(body.message)
  }
}

const readBody = async (request: IncomingMessage): Promise<unknown> => {
  const chunks: Buffer[] = []
  for await (const chunk of request) {
    chunks.push(chunk as Buffer)
  }
  const text = Buffer.concat(chunks).toString("utf8")
  if (!text) {
    return undefined
  }
  try {
    return JSON.parse(text) as unknown
  } catch {
    throw new FakeHttpError(
      400,
      error(
        "The json payload provided is malformed.",
        "malformed_payload",
        "invalid_request"
      )
    )
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value)

/** The value(s) at a dotted path (`province.code`), arrays flattened. */
const valuesAt = (document: unknown, path: string): unknown[] => {
  let current: unknown[] = [document]
  for (const key of path.split(".")) {
    const next: unknown[] = []
    for (const value of current) {
      if (isRecord(value) && key in value) {
        const v = value[key]
        if (Array.isArray(v)) {
          next.push(...(v as unknown[]))
        } else {
          next.push(v)
        }
      }
    }
    current = next
  }
  return current.filter((v) => v !== null && v !== undefined)
}

const facetKey = (value: unknown): string | null => {
  if (typeof value === "string") {
    return value
  }
  if (typeof value === "number" || typeof value === "boolean") {
    return String(value)
  }
  return null
}

const words = (text: string): string[] =>
  fold(text)
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0)

/** Does a text's folded word match a query word (the last query word as a prefix)? */
const wordMatches = (word: string, query: string[], i: number) =>
  word === query[i] ||
  (i === query.length - 1 && word.startsWith(query[i] as string))

type Comparison = {
  attribute: string
  op: "=" | "!=" | ">=" | "<=" | ">" | "<" | "EXISTS"
  value: string | number | boolean | null
}

/** Reads one filter expression of the forms the fake understands. */
const parseComparison = (expression: string): Comparison => {
  const exists = /^\s*(\S+)\s+EXISTS\s*$/.exec(expression)
  if (exists) {
    return { attribute: exists[1] as string, op: "EXISTS", value: null }
  }
  const match = /^\s*(\S+)\s*(=|!=|>=|<=|>|<)\s*(.+?)\s*$/.exec(expression)
  if (!match) {
    throw new FakeHttpError(
      400,
      error(
        `Was expecting an operation \`=\`, \`!=\`, \`>=\`, \`>\`, \`<=\`, \`<\`, \`EXISTS\`.\n${expression}`,
        "invalid_search_filter"
      )
    )
  }
  const raw = match[3] as string
  let value: string | number | boolean
  if (raw.startsWith('"')) {
    let out = ""
    let i = 1
    for (; i < raw.length; i += 1) {
      const c = raw[i] as string
      if (c === "\\" && i + 1 < raw.length) {
        out += raw[i + 1]
        i += 1
      } else if (c === '"') {
        break
      } else {
        out += c
      }
    }
    if (i !== raw.length - 1) {
      throw new FakeHttpError(
        400,
        error(
          `Expression \`${raw}\` is missing the following closing delimiter: \`"\`.`,
          "invalid_search_filter"
        )
      )
    }
    value = out
  } else if (raw === "true" || raw === "false") {
    value = raw === "true"
  } else if (/^-?\d+(\.\d+)?$/.test(raw)) {
    value = Number(raw)
  } else {
    value = raw
  }
  return {
    attribute: match[1] as string,
    op: match[2] as Comparison["op"],
    value,
  }
}

const compare = (document: FakeDocument, c: Comparison): boolean => {
  const values = valuesAt(document, c.attribute)
  if (c.op === "EXISTS") {
    return values.length > 0
  }
  if (c.op === "=" || c.op === "!=") {
    const equal = values.some((v) =>
      typeof c.value === "string"
        ? facetKey(v)?.toLowerCase() === c.value.toLowerCase()
        : v === c.value
    )
    return c.op === "=" ? equal : !equal
  }
  const limit = Number(c.value)
  return values.some((v) => {
    if (typeof v !== "number") {
      return false
    }
    switch (c.op) {
      case ">=":
        return v >= limit
      case "<=":
        return v <= limit
      case ">":
        return v > limit
      default:
        return v < limit
    }
  })
}

/** `_formatted` shows every value as text: numbers and booleans become strings. */
const formatValue = (value: unknown): unknown => {
  if (typeof value === "number" || typeof value === "boolean") {
    return String(value)
  }
  if (Array.isArray(value)) {
    return value.map(formatValue)
  }
  if (isRecord(value)) {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, formatValue(v)])
    )
  }
  return value
}

/** Wraps the words a query matched in the tags, as `_formatted` does. */
const highlightText = (
  text: string,
  query: string[],
  pre: string,
  post: string
): string =>
  text.replace(/[\p{L}\p{N}]+/gu, (word) => {
    const folded = fold(word)
    return query.some((_, i) => wordMatches(folded, query, i))
      ? `${pre}${word}${post}`
      : word
  })

/** About `length` words around the first match, with the crop marker where text was cut. */
const cropText = (
  text: string,
  query: string[],
  length: number,
  marker: string
): string => {
  const tokens = text.split(/(\s+)/)
  const wordIndexes = tokens
    .map((t, i) => ({ t, i }))
    .filter(({ t }) => t.trim().length > 0)
  if (wordIndexes.length <= length) {
    return text
  }
  const first = wordIndexes.findIndex(({ t }) =>
    words(t).some((w) => query.some((_, i) => wordMatches(w, query, i)))
  )
  const start = Math.max(
    0,
    Math.min(
      first < 0 ? 0 : first - Math.floor(length / 2),
      wordIndexes.length - length
    )
  )
  const end = start + length
  const from = (wordIndexes[start] as { i: number }).i
  const to = (wordIndexes[end - 1] as { i: number }).i
  return `${start > 0 ? marker : ""}${tokens.slice(from, to + 1).join("")}${end < wordIndexes.length ? marker : ""}`
}

/** Starts the fake on 127.0.0.1 and a free port; `close()` stops it. */
export const startFakeMeilisearchServer = async (
  options: FakeMeilisearchOptions = {}
): Promise<FakeMeilisearchServer> => {
  const apiKey =
    options.apiKey === undefined ? FAKE_MEILISEARCH_KEY : options.apiKey
  const slowMs = options.slowMs ?? 2_000
  const requests: FakeMeilisearchRequest[] = []
  const indexes = new Map<string, FakeIndex>()
  const tasks: FakeTask[] = []
  const queued: { task: FakeTask; apply: () => void }[] = []
  const pending = new Set<NodeJS.Timeout>()
  let mode: FakeMeilisearchMode = "ok"

  const now = () => new Date().toISOString()

  const newIndex = (uid: string, primaryKey: string | null): FakeIndex => {
    const index: FakeIndex = {
      uid,
      primaryKey,
      createdAt: now(),
      updatedAt: now(),
      documents: new Map(),
      settings: DEFAULT_SETTINGS(),
    }
    indexes.set(uid, index)
    return index
  }

  const indexOr404 = (uid: string): FakeIndex => {
    const index = indexes.get(uid)
    if (!index) {
      throw new FakeHttpError(
        404,
        error(`Index \`${uid}\` not found.`, "index_not_found")
      )
    }
    return index
  }

  /** Runs queued tasks in order, as Meilisearch does, unless the queue is "stuck". */
  const processQueue = () => {
    if (mode === "stuck-tasks") {
      return
    }
    for (const entry of queued.splice(0)) {
      entry.task.startedAt = now()
      try {
        entry.apply()
        entry.task.status = "succeeded"
      } catch (failure) {
        entry.task.status = "failed"
        entry.task.error =
          failure instanceof FakeHttpError
            ? failure.body
            : error(String(failure), "internal", "internal")
      }
      entry.task.finishedAt = now()
      entry.task.duration = "PT0.001S"
    }
  }

  const enqueue = (
    indexUid: string | null,
    type: string,
    details: Record<string, unknown>,
    apply: () => void
  ) => {
    const task: FakeTask = {
      uid: tasks.length,
      batchUid: null,
      indexUid,
      status: "enqueued",
      type,
      canceledBy: null,
      details,
      error: null,
      duration: null,
      enqueuedAt: now(),
      startedAt: null,
      finishedAt: null,
    }
    tasks.push(task)
    queued.push({ task, apply })
    // Processed after the answer, so a client polling /tasks first sees "enqueued".
    const timer = setTimeout(() => {
      pending.delete(timer)
      processQueue()
    }, 5)
    pending.add(timer)
    return {
      taskUid: task.uid,
      indexUid,
      status: task.status,
      type,
      enqueuedAt: task.enqueuedAt,
    }
  }

  const search = (indexUid: string, params: Record<string, unknown>) => {
    const index = indexOr404(indexUid)
    const settings = index.settings
    const q = typeof params.q === "string" ? params.q : ""
    const query = words(q)
    const limit = typeof params.limit === "number" ? params.limit : 20
    const offset = typeof params.offset === "number" ? params.offset : 0
    const filterable = new Set(settings.filterableAttributes)
    const searchable =
      settings.searchableAttributes[0] === "*"
        ? null
        : settings.searchableAttributes

    const rawFilter = params.filter
    const expressions =
      rawFilter === undefined || rawFilter === null
        ? []
        : Array.isArray(rawFilter)
          ? (rawFilter as unknown[]).map(String)
          : String(rawFilter)
              .split(/\s+AND\s+/)
              .filter((e) => e.length > 0)
    const comparisons = expressions.map(parseComparison)
    for (const c of comparisons) {
      if (!filterable.has(c.attribute)) {
        throw new FakeHttpError(
          400,
          error(
            `Index \`${indexUid}\`: Attribute \`${c.attribute}\` is not filterable. Available filterable attributes are: \`${[...filterable].sort().join(", ")}\`.`,
            "invalid_search_filter"
          )
        )
      }
    }

    const matched: { document: FakeDocument; rank: number; order: number }[] =
      []
    let order = 0
    for (const document of index.documents.values()) {
      order += 1
      if (!comparisons.every((c) => compare(document, c))) {
        continue
      }
      if (query.length === 0) {
        matched.push({ document, rank: 0, order })
        continue
      }
      const attributes = searchable ?? Object.keys(document)
      const found = new Array<number>(query.length).fill(-1)
      attributes.forEach((attribute, a) => {
        const texts = valuesAt(document, attribute).filter(
          (v): v is string => typeof v === "string"
        )
        for (const word of texts.flatMap(words)) {
          query.forEach((_, i) => {
            if (found[i] === -1 && wordMatches(word, query, i)) {
              found[i] = a
            }
          })
        }
      })
      if (found.every((a) => a >= 0)) {
        matched.push({ document, rank: Math.min(...found), order })
      }
    }

    const sort = Array.isArray(params.sort) ? (params.sort as string[]) : []
    for (const s of sort) {
      const attribute = s.split(":")[0] as string
      if (!settings.sortableAttributes.includes(attribute)) {
        throw new FakeHttpError(
          400,
          error(
            `Index \`${indexUid}\`: Attribute \`${attribute}\` is not sortable.`,
            "invalid_search_sort"
          )
        )
      }
    }
    matched.sort((a, b) => {
      for (const s of sort) {
        const [attribute, direction] = s.split(":") as [string, string]
        const va = valuesAt(a.document, attribute)[0]
        const vb = valuesAt(b.document, attribute)[0]
        if (va === vb) {
          continue
        }
        if (va === undefined) {
          return 1
        }
        if (vb === undefined) {
          return -1
        }
        const diff = (va as number) < (vb as number) ? -1 : 1
        return direction === "desc" ? -diff : diff
      }
      return a.rank - b.rank || a.order - b.order
    })

    let candidates = matched.map((m) => m.document)
    if (typeof params.distinct === "string") {
      const distinct = params.distinct
      if (!filterable.has(distinct)) {
        throw new FakeHttpError(
          400,
          error(
            `Index \`${indexUid}\`: Attribute \`${distinct}\` is not filterable and thus, cannot be used as distinct attribute.`,
            "invalid_search_distinct"
          )
        )
      }
      const seen = new Set<string>()
      candidates = candidates.filter((document) => {
        const key = facetKey(valuesAt(document, distinct)[0])
        if (key === null) {
          return true
        }
        if (seen.has(key)) {
          return false
        }
        seen.add(key)
        return true
      })
    }

    const response: Record<string, unknown> = {
      hits: [],
      query: q,
      processingTimeMs: 0,
      limit,
      offset,
      estimatedTotalHits: candidates.length,
    }
    if (Array.isArray(params.facets)) {
      const facetDistribution: Record<string, Record<string, number>> = {}
      const facetStats: Record<string, { min: number; max: number }> = {}
      for (const facet of params.facets as string[]) {
        if (!filterable.has(facet)) {
          continue
        }
        const counts: Record<string, number> = {}
        const numbers: number[] = []
        for (const document of candidates) {
          const keys = new Set<string>()
          for (const value of valuesAt(document, facet)) {
            const key = facetKey(value)
            if (key !== null) {
              keys.add(key)
            }
            if (typeof value === "number") {
              numbers.push(value)
            }
          }
          for (const key of keys) {
            counts[key] = (counts[key] ?? 0) + 1
          }
        }
        facetDistribution[facet] = counts
        if (numbers.length > 0) {
          facetStats[facet] = {
            min: Math.min(...numbers),
            max: Math.max(...numbers),
          }
        }
      }
      response.facetDistribution = facetDistribution
      response.facetStats = facetStats
    }

    const retrieve = Array.isArray(params.attributesToRetrieve)
      ? (params.attributesToRetrieve as string[])
      : ["*"]
    const toHighlight = Array.isArray(params.attributesToHighlight)
      ? (params.attributesToHighlight as string[])
      : []
    const toCrop = Array.isArray(params.attributesToCrop)
      ? (params.attributesToCrop as string[])
      : []
    const pre =
      typeof params.highlightPreTag === "string"
        ? params.highlightPreTag
        : "<em>"
    const post =
      typeof params.highlightPostTag === "string"
        ? params.highlightPostTag
        : "</em>"
    const cropLength =
      typeof params.cropLength === "number" ? params.cropLength : 10
    const cropMarker =
      typeof params.cropMarker === "string" ? params.cropMarker : "…"

    response.hits = candidates.slice(offset, offset + limit).map((document) => {
      const hit: Record<string, unknown> = {}
      for (const [key, value] of Object.entries(document)) {
        if (retrieve.includes("*") || retrieve.includes(key)) {
          hit[key] = value
        }
      }
      if (toHighlight.length > 0 || toCrop.length > 0) {
        const formatted = formatValue(hit) as Record<string, unknown>
        for (const attribute of new Set([...toHighlight, ...toCrop])) {
          const value = document[attribute]
          if (typeof value !== "string") {
            continue
          }
          let text = toCrop.includes(attribute)
            ? cropText(value, query, cropLength, cropMarker)
            : value
          if (toHighlight.includes(attribute)) {
            text = highlightText(text, query, pre, post)
          }
          formatted[attribute] = text
        }
        hit._formatted = formatted
      }
      return hit
    })
    return response
  }

  const route = (
    method: string,
    path: string,
    query: URLSearchParams,
    body: unknown
  ): { status: number; payload: unknown } => {
    const parts = path.split("/").filter((p) => p.length > 0)
    const [first, uid, sub, action] = parts

    if (method === "GET" && path === "/health") {
      return { status: 200, payload: { status: "available" } }
    }
    if (first === "tasks" && uid !== undefined && method === "GET") {
      const task = tasks[Number(uid)]
      if (!task) {
        throw new FakeHttpError(
          404,
          error(`Task \`${uid}\` not found.`, "task_not_found")
        )
      }
      return { status: 200, payload: task }
    }
    if (first === "multi-search" && method === "POST") {
      const queries =
        isRecord(body) && Array.isArray(body.queries) ? body.queries : null
      if (!queries) {
        throw new FakeHttpError(
          400,
          error("Missing field `queries`", "bad_request")
        )
      }
      return {
        status: 200,
        payload: {
          results: (queries as unknown[]).map((q, i) => {
            const params = isRecord(q) ? q : {}
            const indexUid = String(params.indexUid)
            try {
              return { indexUid, ...search(indexUid, params) }
            } catch (failure) {
              if (failure instanceof FakeHttpError) {
                throw new FakeHttpError(failure.status, {
                  ...failure.body,
                  message: `Inside \`.queries[${i}]\`: ${failure.body.message}`,
                })
              }
              throw failure
            }
          }),
        },
      }
    }
    if (first !== "indexes") {
      throw new FakeHttpError(404, error("Not found.", "not_found"))
    }
    if (uid === undefined) {
      if (method === "POST" && isRecord(body) && typeof body.uid === "string") {
        const indexUid = body.uid
        const primaryKey =
          typeof body.primaryKey === "string" ? body.primaryKey : null
        return {
          status: 202,
          payload: enqueue(indexUid, "indexCreation", { primaryKey }, () => {
            if (indexes.has(indexUid)) {
              throw new FakeHttpError(
                409,
                error(
                  `Index \`${indexUid}\` already exists.`,
                  "index_already_exists"
                )
              )
            }
            newIndex(indexUid, primaryKey)
          }),
        }
      }
      throw new FakeHttpError(
        400,
        error("Missing field `uid`", "missing_index_uid")
      )
    }
    if (sub === undefined) {
      if (method === "GET") {
        const index = indexOr404(uid)
        return {
          status: 200,
          payload: {
            uid: index.uid,
            primaryKey: index.primaryKey,
            createdAt: index.createdAt,
            updatedAt: index.updatedAt,
          },
        }
      }
      if (method === "PATCH" && isRecord(body)) {
        const primaryKey =
          typeof body.primaryKey === "string" ? body.primaryKey : null
        return {
          status: 202,
          payload: enqueue(uid, "indexUpdate", { primaryKey }, () => {
            indexOr404(uid).primaryKey = primaryKey
          }),
        }
      }
    }
    if (sub === "settings") {
      if (method === "GET") {
        return { status: 200, payload: indexOr404(uid).settings }
      }
      if (method === "PATCH" && isRecord(body)) {
        return {
          status: 202,
          payload: enqueue(uid, "settingsUpdate", body, () => {
            const index = indexes.get(uid) ?? newIndex(uid, null)
            index.settings = { ...index.settings, ...body } as FakeSettings
          }),
        }
      }
    }
    if (sub === "search" && method === "POST") {
      return {
        status: 200,
        payload: search(uid, isRecord(body) ? body : {}),
      }
    }
    if (sub === "documents" && action === undefined) {
      if (method === "GET") {
        const index = indexOr404(uid)
        const limit = Number(query.get("limit") ?? 20)
        const offset = Number(query.get("offset") ?? 0)
        const fields = query.get("fields")?.split(",") ?? null
        const all = [...index.documents.values()]
        return {
          status: 200,
          payload: {
            results: all
              .slice(offset, offset + limit)
              .map((document) =>
                fields
                  ? Object.fromEntries(
                      Object.entries(document).filter(([k]) =>
                        fields.includes(k)
                      )
                    )
                  : document
              ),
            offset,
            limit,
            total: all.length,
          },
        }
      }
      if (method === "POST" && Array.isArray(body)) {
        const documents = body as unknown[]
        return {
          status: 202,
          payload: enqueue(
            uid,
            "documentAdditionOrUpdate",
            { receivedDocuments: documents.length, indexedDocuments: null },
            () => {
              const index = indexes.get(uid) ?? newIndex(uid, "id")
              const key = index.primaryKey ?? "id"
              index.primaryKey = key
              for (const document of documents) {
                const id = isRecord(document) ? document[key] : undefined
                if (typeof id !== "string" && typeof id !== "number") {
                  throw new FakeHttpError(
                    400,
                    error(
                      `Document doesn't have a \`${key}\` attribute: \`${JSON.stringify(document)}\`.`,
                      "missing_document_id"
                    )
                  )
                }
              }
              for (const document of documents as FakeDocument[]) {
                index.documents.set(String(document[key]), document)
              }
            }
          ),
        }
      }
    }
    if (
      sub === "documents" &&
      action === "delete-batch" &&
      method === "POST" &&
      Array.isArray(body)
    ) {
      const ids = (body as unknown[]).map(String)
      return {
        status: 202,
        payload: enqueue(
          uid,
          "documentDeletion",
          { providedIds: ids.length, deletedDocuments: null },
          () => {
            const index = indexOr404(uid)
            for (const id of ids) {
              index.documents.delete(id)
            }
          }
        ),
      }
    }
    throw new FakeHttpError(404, error("Not found.", "not_found"))
  }

  const server: Server = createServer(async (request, response) => {
    const url = new URL(request.url ?? "/", "http://fake-meilisearch.local")
    const send = (status: number, payload: unknown) => {
      response.writeHead(status, { "Content-Type": "application/json" })
      response.end(JSON.stringify(payload))
    }
    let body: unknown
    try {
      body = await readBody(request)
    } catch (failure) {
      if (failure instanceof FakeHttpError) {
        send(failure.status, failure.body)
        return
      }
      throw failure
    }
    requests.push({
      method: request.method ?? "GET",
      path: url.pathname,
      query: url.searchParams,
      headers: request.headers,
      body,
    })
    const answer = () => {
      const authorization = request.headers.authorization
      if (apiKey !== null && url.pathname !== "/health") {
        if (!authorization) {
          send(
            401,
            error(
              "The Authorization header is missing. It must use the bearer authorization method.",
              "missing_authorization_header",
              "auth"
            )
          )
          return
        }
        if (authorization !== `Bearer ${apiKey}`) {
          send(
            403,
            error("The provided API key is invalid.", "invalid_api_key", "auth")
          )
          return
        }
      }
      try {
        const { status, payload } = route(
          request.method ?? "GET",
          url.pathname,
          url.searchParams,
          body
        )
        send(status, payload)
      } catch (failure) {
        if (failure instanceof FakeHttpError) {
          send(failure.status, failure.body)
          return
        }
        send(500, error(String(failure), "internal", "internal"))
      }
    }
    if (mode === "slow") {
      const timer = setTimeout(() => {
        pending.delete(timer)
        answer()
      }, slowMs)
      pending.add(timer)
      return
    }
    answer()
  })

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address() as AddressInfo

  return {
    url: `http://127.0.0.1:${port}`,
    apiKey,
    requests,
    documents: (index) => [...(indexes.get(index)?.documents.values() ?? [])],
    settings: (index) => indexes.get(index)?.settings ?? null,
    seed: (uid, documents) => {
      const index = indexes.get(uid) ?? newIndex(uid, "id")
      for (const document of documents) {
        index.documents.set(String(document.id), document)
      }
    },
    setMode: (next) => {
      mode = next
      processQueue()
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const timer of pending) {
          clearTimeout(timer)
        }
        pending.clear()
        server.closeAllConnections()
        server.close((failure) => (failure ? reject(failure) : resolve()))
      }),
  }
}
