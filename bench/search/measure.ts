/**
 * The search bench's fixed query mix and its timing: each case runs through a provider's
 * `search` or `suggest` (the calls GET /store/search and /store/search/suggest make), a few
 * warm-up runs, then N timed runs one at a time.
 */
import type {
  SearchFilters,
  SearchProvider,
  SearchRequest,
  SearchSort,
} from "../../plugins/search/src/providers/types"

export type BenchCase = {
  label: string
  kind: "search" | "suggest"
  q: string
  filters?: SearchFilters
  sort?: SearchSort
}

/** What buyers do: type without diacritics, half words, typos, English, and browse with filters. */
export const QUERY_MIX: BenchCase[] = [
  { label: "no diacritics", kind: "search", q: "tao meo" },
  { label: "no diacritics", kind: "search", q: "mien dong bac kan" },
  { label: "no diacritics", kind: "search", q: "dau tay" },
  { label: "no diacritics", kind: "search", q: "gao nep" },
  { label: "diacritics", kind: "search", q: "dầu hồi" },
  { label: "partial", kind: "search", q: "tao me" },
  { label: "partial", kind: "search", q: "mien d" },
  { label: "partial", kind: "search", q: "thit l" },
  { label: "typo", kind: "search", q: "mat ongg" },
  { label: "typo", kind: "search", q: "tao moe" },
  { label: "typo", kind: "search", q: "shan tuyeet" },
  { label: "typo", kind: "search", q: "lap xuowng" },
  { label: "English", kind: "search", q: "honey" },
  { label: "English", kind: "search", q: "strawberry" },
  { label: "English", kind: "search", q: "glass noodles" },
  { label: "one short word", kind: "search", q: "ca" },
  { label: "common word", kind: "search", q: "gao" },
  {
    label: "common word, filters",
    kind: "search",
    q: "gao",
    filters: { in_stock: true, ocop_min: 4 },
  },
  {
    label: "words, price sort",
    kind: "search",
    q: "mat ong",
    sort: "price_asc",
  },
  { label: "browse all", kind: "search", q: "" },
  {
    label: "browse province",
    kind: "search",
    q: "",
    filters: { province: "15" },
  },
  {
    label: "browse filters",
    kind: "search",
    q: "",
    filters: { category: "gao-mien", price_min: 50_000, price_max: 150_000 },
    sort: "price_asc",
  },
  { label: "no match", kind: "search", q: "xyzzy quux" },
  { label: "suggest", kind: "suggest", q: "tao m" },
  { label: "suggest", kind: "suggest", q: "mien" },
  { label: "suggest", kind: "suggest", q: "honey" },
]

export const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b)
  const index = Math.min(
    sorted.length - 1,
    Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)
  )
  return sorted[index] ?? 0
}

export type CaseTiming = {
  case: BenchCase
  runs: number[]
  total: number | null
  first: string | null
}

const runCase = async (
  provider: SearchProvider,
  item: BenchCase
): Promise<{ total: number | null; first: string | null }> => {
  if (item.kind === "suggest") {
    const suggestions = await provider.suggest(item.q, 6)
    return { total: suggestions.length, first: suggestions[0]?.title ?? null }
  }
  const request: SearchRequest = {
    q: item.q,
    filters: item.filters ?? {},
    sort: item.sort ?? (item.q ? "relevance" : "newest"),
    limit: 24,
    offset: 0,
  }
  const result = await provider.search(request)
  return { total: result.total, first: result.hits[0]?.title ?? null }
}

/** Times every case of the mix: `warmup` untimed runs, then `runs` timed ones, one at a time. */
export const measureMix = async (
  provider: SearchProvider,
  options: { runs: number; warmup: number; mix?: BenchCase[] }
): Promise<CaseTiming[]> => {
  const timings: CaseTiming[] = []
  for (const item of options.mix ?? QUERY_MIX) {
    let answer: { total: number | null; first: string | null } = {
      total: null,
      first: null,
    }
    for (let i = 0; i < options.warmup; i += 1) {
      answer = await runCase(provider, item)
    }
    const runs: number[] = []
    for (let i = 0; i < options.runs; i += 1) {
      const started = performance.now()
      answer = await runCase(provider, item)
      runs.push(performance.now() - started)
    }
    timings.push({ case: item, runs, ...answer })
  }
  return timings
}

/** How a case is shown in the report: `search "tao meo" province=15 sort=price_asc`. */
export const describeCase = (item: BenchCase): string => {
  const filters = Object.entries(item.filters ?? {}).map(
    ([key, value]) => `${key}=${String(value)}`
  )
  return [
    item.kind,
    JSON.stringify(item.q),
    ...filters,
    ...(item.sort ? [`sort=${item.sort}`] : []),
  ].join(" ")
}
