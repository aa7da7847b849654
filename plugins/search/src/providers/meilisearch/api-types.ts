/**
 * The parts of Meilisearch's published REST API (v1.x) this provider reads, and guards that
 * check an answer has them before it is trusted.
 */

/** What an asynchronous write (index, settings, documents) answers at once (HTTP 202). */
export type MeiliSummarizedTask = {
  taskUid: number
  indexUid: string | null
  status: MeiliTaskStatus
  type: string
  enqueuedAt: string
}

export type MeiliTaskStatus =
  "enqueued" | "processing" | "succeeded" | "failed" | "canceled"

export type MeiliErrorBody = {
  message: string
  code: string
  type: string
  link: string
}

/** `GET /tasks/:uid`. */
export type MeiliTask = {
  uid: number
  indexUid: string | null
  status: MeiliTaskStatus
  type: string
  error: MeiliErrorBody | null
  enqueuedAt: string
  startedAt: string | null
  finishedAt: string | null
}

/** `GET /indexes/:uid`. */
export type MeiliIndex = {
  uid: string
  primaryKey: string | null
}

/** `GET /indexes/:uid/documents`. */
export type MeiliDocumentsPage = {
  results: Record<string, unknown>[]
  offset: number
  limit: number
  total: number
}

/** value → how many matching documents have it, per faceted attribute. */
export type MeiliFacetDistribution = Record<string, Record<string, number>>

/** One hit: the retrieved attributes and, when highlighting or cropping, `_formatted`. */
export type MeiliHit = Record<string, unknown> & {
  _formatted?: Record<string, unknown>
}

/** `POST /indexes/:uid/search`, and each entry of `POST /multi-search`'s `results`. */
export type MeiliSearchResponse = {
  hits: MeiliHit[]
  query: string
  processingTimeMs: number
  limit?: number
  offset?: number
  estimatedTotalHits?: number
  totalHits?: number
  facetDistribution?: MeiliFacetDistribution
}

export type MeiliSearchQuery = {
  indexUid?: string
  q: string
  filter?: string[]
  sort?: string[]
  limit: number
  offset?: number
  facets?: string[]
  distinct?: string
  attributesToRetrieve?: string[]
  attributesToHighlight?: string[]
  attributesToCrop?: string[]
  cropLength?: number
  cropMarker?: string
  highlightPreTag?: string
  highlightPostTag?: string
}

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value)

export const isErrorBody = (value: unknown): value is MeiliErrorBody =>
  isRecord(value) &&
  typeof value.message === "string" &&
  typeof value.code === "string"

export const isSummarizedTask = (
  value: unknown
): value is MeiliSummarizedTask =>
  isRecord(value) &&
  typeof value.taskUid === "number" &&
  typeof value.status === "string"

export const isTask = (value: unknown): value is MeiliTask =>
  isRecord(value) &&
  typeof value.uid === "number" &&
  typeof value.status === "string" &&
  typeof value.type === "string"

export const isIndex = (value: unknown): value is MeiliIndex =>
  isRecord(value) &&
  typeof value.uid === "string" &&
  (value.primaryKey === null || typeof value.primaryKey === "string")

export const isDocumentsPage = (value: unknown): value is MeiliDocumentsPage =>
  isRecord(value) &&
  Array.isArray(value.results) &&
  value.results.every(isRecord) &&
  typeof value.total === "number"

const isDistribution = (value: unknown): value is MeiliFacetDistribution =>
  isRecord(value) &&
  Object.values(value).every(
    (counts) =>
      isRecord(counts) &&
      Object.values(counts).every((n) => typeof n === "number")
  )

export const isSearchResponse = (
  value: unknown
): value is MeiliSearchResponse =>
  isRecord(value) &&
  Array.isArray(value.hits) &&
  value.hits.every(isRecord) &&
  (value.facetDistribution === undefined ||
    isDistribution(value.facetDistribution))
