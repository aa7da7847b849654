import type {
  SearchDocument,
  SearchFacets,
  SearchProvider,
  SearchRequest,
  SearchResult,
  Suggestion,
} from "../types"
import {
  isDocumentsPage,
  isIndex,
  isRecord,
  isSearchResponse,
  type MeiliSearchResponse,
} from "./api-types"
import { MeilisearchClient, MeilisearchError } from "./client"
import { buildSearchPlan, SUGGESTION_ATTRIBUTES } from "./search-request"
import { toSearchResult, toSuggestions } from "./search-response"
import { INDEX_SETTINGS } from "./settings"
import { stripHighlightTags } from "./segments"

export type MeilisearchProviderOptions = {
  /** MEILISEARCH_HOST, e.g. http://meilisearch:7700. */
  host: string
  /** MEILISEARCH_API_KEY: the master key, or a key allowed to search, write and manage the index. */
  apiKey?: string
  /** MEILISEARCH_INDEX; default "products". */
  index?: string
  /** For tests; the global fetch by default. */
  fetch?: typeof fetch
  /** Each request's bound in ms; default 3,000. */
  timeoutMs?: number
  /** How long setup and writes wait for Meilisearch's task to finish, in ms; default 60,000. */
  taskTimeoutMs?: number
}

const EMPTY_FACETS: SearchFacets = {
  provinces: [],
  categories: [],
  ocop_stars: [],
  in_stock: 0,
}

/** Documents per write request (Meilisearch takes more; this keeps each payload small). */
export const BATCH_SIZE = 1_000

/** A document as indexed: `created_at_ts` (ms) sorts "newest". */
export type IndexedDocument = SearchDocument & { created_at_ts: number }

export const toIndexedDocument = (
  document: SearchDocument
): IndexedDocument => {
  const created = Date.parse(document.created_at)
  return {
    ...document,
    title: stripHighlightTags(document.title),
    title_en: stripHighlightTags(document.title_en),
    story_vi: stripHighlightTags(document.story_vi),
    created_at_ts: Number.isFinite(created) ? created : 0,
  }
}

const chunks = <T>(items: T[], size: number): T[][] => {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) {
    out.push(items.slice(i, i + size))
  }
  return out
}

/** Search through Meilisearch's REST API (SEARCH_API.md, "meilisearch"). */
export class MeilisearchProvider implements SearchProvider {
  readonly name = "meilisearch" as const
  readonly index: string
  private readonly client_: MeilisearchClient

  constructor(options: MeilisearchProviderOptions) {
    this.index = options.index || "products"
    if (!/^[A-Za-z0-9_-]{1,400}$/.test(this.index)) {
      throw new MeilisearchError(
        "MEILISEARCH_INDEX may hold only letters, digits, - and _"
      )
    }
    const fetchImpl: typeof fetch =
      options.fetch ?? ((input, init) => fetch(input, init))
    this.client_ = new MeilisearchClient({
      host: options.host,
      apiKey: options.apiKey,
      fetch: fetchImpl,
      timeoutMs: options.timeoutMs ?? 3_000,
      taskTimeoutMs: options.taskTimeoutMs ?? 60_000,
    })
  }

  /** The host as it appears in messages (never with credentials). */
  get host(): string {
    return this.client_.host
  }

  private get path_(): string {
    return `/indexes/${this.index}`
  }

  async setup(): Promise<void> {
    const existing = await this.client_.request("GET", this.path_, undefined, {
      indexMissing: "null",
    })
    if (existing === null) {
      const task = await this.client_.enqueue("POST", "/indexes", {
        uid: this.index,
        primaryKey: "id",
      })
      // Another process may have created it meanwhile: that is as good.
      await this.client_.waitForTask(task, ["index_already_exists"])
    } else if (isIndex(existing) && existing.primaryKey === null) {
      const task = await this.client_.enqueue("PATCH", this.path_, {
        primaryKey: "id",
      })
      await this.client_.waitForTask(task)
    } else if (isIndex(existing) && existing.primaryKey !== "id") {
      throw new MeilisearchError(
        `Meilisearch index ${this.index} at ${this.host} has the primary key ${existing.primaryKey}, not id: delete the index and reindex`
      )
    }
    const task = await this.client_.enqueue(
      "PATCH",
      `${this.path_}/settings`,
      INDEX_SETTINGS
    )
    await this.client_.waitForTask(task)
  }

  async upsert(documents: SearchDocument[]): Promise<void> {
    // Queue every batch first (Meilisearch merges consecutive additions), then wait for each.
    const tasks: number[] = []
    for (const batch of chunks(documents, BATCH_SIZE)) {
      tasks.push(
        await this.client_.enqueue(
          "POST",
          `${this.path_}/documents`,
          batch.map(toIndexedDocument)
        )
      )
    }
    for (const task of tasks) {
      await this.client_.waitForTask(task)
    }
  }

  async remove(ids: string[]): Promise<void> {
    const tasks: number[] = []
    for (const batch of chunks([...new Set(ids)], BATCH_SIZE)) {
      tasks.push(
        await this.client_.enqueue(
          "POST",
          `${this.path_}/documents/delete-batch`,
          batch
        )
      )
    }
    for (const task of tasks) {
      await this.client_.waitForTask(task)
    }
  }

  /** Every document id in the index, a page of BATCH_SIZE at a time; none if it does not exist. */
  private async allIds(): Promise<string[]> {
    const ids: string[] = []
    for (let offset = 0; ; offset += BATCH_SIZE) {
      const page = await this.client_.request(
        "GET",
        `${this.path_}/documents?fields=id&limit=${BATCH_SIZE}&offset=${offset}`,
        undefined,
        { indexMissing: "null" }
      )
      if (page === null) {
        return ids
      }
      if (!isDocumentsPage(page)) {
        throw new MeilisearchError(
          `Meilisearch at ${this.host} answered GET ${this.path_}/documents without results`
        )
      }
      for (const document of page.results) {
        if (typeof document.id === "string") {
          ids.push(document.id)
        }
      }
      if (
        page.results.length < BATCH_SIZE ||
        offset + BATCH_SIZE >= page.total
      ) {
        return ids
      }
    }
  }

  async retainOnly(keep: string[]): Promise<number> {
    const kept = new Set(keep)
    const stale = (await this.allIds()).filter((id) => !kept.has(id))
    await this.remove(stale)
    return stale.length
  }

  async search(request: SearchRequest): Promise<SearchResult> {
    if (request.q.length > 0 && !/[\p{L}\p{N}]/u.test(request.q)) {
      // Only punctuation: Meilisearch would browse everything; nothing was asked for.
      return { hits: [], facets: EMPTY_FACETS, total: 0, suggestion: null }
    }
    const plan = buildSearchPlan(this.index, request)
    const answer = await this.client_.request("POST", "/multi-search", {
      queries: plan.queries,
    })
    const results =
      isRecord(answer) && Array.isArray(answer.results) ? answer.results : []
    if (
      results.length !== plan.queries.length ||
      !results.every(isSearchResponse)
    ) {
      throw new MeilisearchError(
        `Meilisearch at ${this.host} answered POST /multi-search without one result per query`
      )
    }
    return toSearchResult(results as MeiliSearchResponse[], plan)
  }

  async suggest(q: string, limit: number): Promise<Suggestion[]> {
    if (q.trim().length === 0 || limit <= 0) {
      return []
    }
    const answer = await this.client_.request("POST", `${this.path_}/search`, {
      q,
      limit,
      attributesToRetrieve: SUGGESTION_ATTRIBUTES,
    })
    if (!isSearchResponse(answer)) {
      throw new MeilisearchError(
        `Meilisearch at ${this.host} answered POST ${this.path_}/search without hits`
      )
    }
    return toSuggestions(answer.hits)
  }
}
