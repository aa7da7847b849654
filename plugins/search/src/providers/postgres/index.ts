import type { Knex } from "@medusajs/framework/mikro-orm/knex"

import { foldedWords, rawWords } from "../../lib/fold"
import { highlight, snippet } from "../../lib/highlight"
import type {
  SearchDocument,
  SearchFacets,
  SearchFilters,
  SearchHit,
  SearchProvider,
  SearchRequest,
  SearchResult,
  Suggestion,
} from "../types"

type Binding = string | number | boolean | null
type Sql = { sql: string; bindings: Binding[] }

const sql = (text: string, ...bindings: Binding[]): Sql => ({
  sql: text,
  bindings,
})

const join = (parts: Sql[], glue: string): Sql => ({
  sql: parts.map((p) => p.sql).join(glue),
  bindings: parts.flatMap((p) => p.bindings),
})

/** Everything a buyer might type to find a product, lower case (JavaScript knows Unicode case). */
const searchText = (d: SearchDocument): string =>
  [
    d.title,
    d.title_en,
    d.subtitle,
    d.subtitle_en,
    d.cooperative.name,
    d.commune.name,
    d.commune.name_en,
    d.province.name,
    d.province.name_en,
    d.ethnic_group?.name_vi,
    d.ethnic_group?.name_en,
    d.category?.name_vi,
    d.category?.name_en,
    ...d.tags,
    ...d.certification_types,
    d.story_vi,
    d.story_en,
  ]
    .filter((part): part is string => Boolean(part))
    .join(" · ")
    .toLowerCase()

/** The words of titles, cooperatives and places as written: the "did you mean" vocabulary. */
const termsOf = (d: SearchDocument): string[] =>
  rawWords(
    [
      d.title,
      d.title_en,
      d.cooperative.name,
      d.commune.name,
      d.province.name,
      d.category?.name_vi ?? "",
      d.ethnic_group?.name_vi ?? "",
    ].join(" "),
    64
  ).filter((w) => w.length >= 2 && w.length <= 40 && !/^\d+$/.test(w))

/** One word of the query must be somewhere in the product: as typed, at a word's start, or close. */
const wordMatches = (word: string): Sql =>
  word.length >= 3
    ? sql(`(d.folded_body like ? or ? <% d.folded_body)`, `%${word}%`, word)
    : sql(`d.folded_body ~ ?`, `(^|[^a-z0-9])${word}`)

type FilterName = keyof SearchFilters

const filterSql = (filters: SearchFilters, except?: FilterName): Sql[] => {
  const parts: Sql[] = []
  if (filters.province !== undefined && except !== "province") {
    parts.push(sql(`d.province_code = ?`, filters.province))
  }
  if (filters.category !== undefined && except !== "category") {
    parts.push(sql(`d.category_handle = ?`, filters.category))
  }
  if (filters.ocop_min !== undefined && except !== "ocop_min") {
    parts.push(sql(`d.ocop_stars >= ?`, filters.ocop_min))
  }
  if (filters.price_min !== undefined && except !== "price_min") {
    parts.push(sql(`d.price >= ?`, filters.price_min))
  }
  if (filters.price_max !== undefined && except !== "price_max") {
    parts.push(sql(`d.price <= ?`, filters.price_max))
  }
  if (filters.in_stock !== undefined && except !== "in_stock") {
    parts.push(sql(`d.in_stock = ?`, filters.in_stock))
  }
  return parts
}

const where = (parts: Sql[]): Sql =>
  parts.length > 0 ? join(parts, " and ") : sql("true")

/**
 * How well a product matches, largest first: the query as typed (with its diacritics) in the
 * Vietnamese title, then in the English one; the folded query starting the title, anywhere in
 * it; each word starting a title word, inside the title, elsewhere; each word typed with
 * diacritics found as typed; and trigram closeness for typos.
 */
const scoreSql = (
  raw: string,
  folded: string,
  words: string[],
  raws: string[]
): Sql => {
  const parts: Sql[] = [
    sql(`(case when position(? in d.title) > 0 then 1000 else 0 end)`, raw),
    sql(`(case when position(? in d.title_en) > 0 then 600 else 0 end)`, raw),
    sql(`(case when d.folded_title like ? then 400 else 0 end)`, `${folded}%`),
    sql(
      `(case when position(? in d.folded_title) > 0 then 300 else 0 end)`,
      folded
    ),
    sql(`(50 * word_similarity(?, d.folded_title))`, folded),
  ]
  for (const word of words) {
    parts.push(
      sql(
        `(case when d.folded_title ~ ? then 60 when position(? in d.folded_title) > 0 then 30 when position(? in d.folded_body) > 0 then 10 else 0 end)`,
        `(^|[^a-z0-9])${word}`,
        word,
        word
      )
    )
  }
  for (const word of raws) {
    parts.push(
      sql(`(case when position(? in d.body) > 0 then 40 else 0 end)`, word)
    )
  }
  return join(parts, " + ")
}

const ORDER: Record<Exclude<SearchRequest["sort"], "relevance">, string> = {
  newest: "d.created_at desc, d.id",
  price_asc: "d.price asc nulls last, d.id",
  price_desc: "d.price desc nulls last, d.id",
}

const toHit = (document: SearchDocument, words: string[]): SearchHit => ({
  id: document.id,
  handle: document.handle,
  title: document.title,
  title_en: document.title_en,
  thumbnail: document.thumbnail,
  price: document.price,
  in_stock: document.in_stock,
  cooperative: document.cooperative,
  province: document.province,
  highlight: {
    title: highlight(document.title, words),
    title_en: highlight(document.title_en, words),
    snippet: words.length > 0 ? snippet(document.story_vi, words) : null,
  },
})

const EMPTY_FACETS: SearchFacets = {
  provinces: [],
  categories: [],
  ocop_stars: [],
  in_stock: 0,
}

type Row = Record<string, unknown>

/**
 * The default provider: documents in PostgreSQL (`search_document`), matched through the
 * folded texts and their trigram indexes (pg_trgm, unaccent). See SEARCH_API.md.
 */
export class PostgresSearchProvider implements SearchProvider {
  readonly name = "postgres" as const

  constructor(private readonly db: Knex) {}

  async setup(): Promise<void> {
    // The schema comes with the search module's migration.
  }

  async upsert(documents: SearchDocument[]): Promise<void> {
    if (documents.length === 0) {
      return
    }
    const rows = documents.map((d) => ({
      id: d.id,
      document: d,
      title: d.title.toLowerCase(),
      title_en: d.title_en.toLowerCase(),
      body: searchText(d),
      province_code: d.province.code,
      category_handle: d.category?.handle ?? null,
      ocop_stars: d.ocop_stars,
      price: d.price,
      in_stock: d.in_stock,
      created_at: d.created_at,
    }))
    const terms = [...new Set(documents.flatMap(termsOf))]
    await this.db.transaction(async (trx) => {
      await trx.raw(
        `insert into search_document
           (id, document, title, title_en, body, province_code, category_handle, ocop_stars,
            price, in_stock, created_at, indexed_at)
         select x.id, x.document, x.title, x.title_en, x.body, x.province_code,
           x.category_handle, x.ocop_stars, x.price, x.in_stock, x.created_at, now()
         from jsonb_to_recordset(?::jsonb) as x(id text, document jsonb, title text,
           title_en text, body text, province_code text, category_handle text,
           ocop_stars integer, price bigint, in_stock boolean, created_at timestamptz)
         on conflict (id) do update set
           document = excluded.document, title = excluded.title, title_en = excluded.title_en,
           body = excluded.body, province_code = excluded.province_code,
           category_handle = excluded.category_handle, ocop_stars = excluded.ocop_stars,
           price = excluded.price, in_stock = excluded.in_stock,
           created_at = excluded.created_at, indexed_at = now()`,
        [JSON.stringify(rows)]
      )
      if (terms.length > 0) {
        await trx.raw(
          `insert into search_term (term) select unnest(?::text[]) on conflict do nothing`,
          [terms]
        )
      }
    })
  }

  async remove(ids: string[]): Promise<void> {
    if (ids.length > 0) {
      await this.db.raw(`delete from search_document where id = any(?)`, [ids])
    }
  }

  async retainOnly(keep: string[]): Promise<number> {
    const result = await this.db.raw<{ rowCount: number }>(
      `delete from search_document where not (id = any(?))`,
      [keep]
    )
    return result.rowCount ?? 0
  }

  async search(request: SearchRequest): Promise<SearchResult> {
    const raw = request.q.toLowerCase()
    const words = foldedWords(request.q)
    if (raw.length > 0 && words.length === 0) {
      return { hits: [], facets: EMPTY_FACETS, total: 0, suggestion: null }
    }
    const folded = words.join(" ")
    const raws = rawWords(request.q).filter((w) => !words.includes(w))
    const text = where(words.map(wordMatches))
    const sort =
      request.sort === "relevance" && words.length === 0
        ? "newest"
        : request.sort
    const order =
      sort === "relevance"
        ? join(
            [
              scoreSql(raw, folded, words, raws),
              sql("d.created_at desc, d.id"),
            ],
            " desc, "
          )
        : sql(ORDER[sort])

    return this.db.transaction(async (trx) => {
      await trx.raw(`set local pg_trgm.word_similarity_threshold = 0.5`)
      const page = join(
        [
          sql(
            `select d.document, count(*) over () as total from search_document d where `
          ),
          where([text, ...filterSql(request.filters)]),
          sql(` order by `),
          order,
          sql(` limit ? offset ?`, request.limit, request.offset),
        ],
        ""
      )
      const facets = this.facetsSql(text, request.filters)
      const [pageRows, facetRows] = await Promise.all([
        trx.raw<{ rows: Row[] }>(page.sql, page.bindings),
        trx.raw<{ rows: Row[] }>(facets.sql, facets.bindings),
      ])
      let total = Number(pageRows.rows[0]?.total ?? 0)
      if (total === 0 && request.offset > 0) {
        const count = join(
          [
            sql(`select count(*) as total from search_document d where `),
            where([text, ...filterSql(request.filters)]),
          ],
          ""
        )
        total = Number(
          (await trx.raw<{ rows: Row[] }>(count.sql, count.bindings)).rows[0]
            ?.total ?? 0
        )
      }
      const suggestion =
        total === 0 && words.length > 0
          ? await this.didYouMean(trx, words)
          : null
      return {
        hits: pageRows.rows.map((row) =>
          toHit(row.document as SearchDocument, words)
        ),
        facets: this.readFacets(facetRows.rows),
        total,
        suggestion,
      }
    })
  }

  async suggest(q: string, limit: number): Promise<Suggestion[]> {
    const { hits } = await this.search({
      q,
      filters: {},
      sort: "relevance",
      limit,
      offset: 0,
    })
    return hits.map((hit) => ({
      id: hit.id,
      handle: hit.handle,
      title: hit.title,
      title_en: hit.title_en,
      thumbnail: hit.thumbnail,
      price: hit.price,
      cooperative: hit.cooperative,
    }))
  }

  /** One statement for every facet: the matches once, then each facet without its own filter. */
  private facetsSql(text: Sql, filters: SearchFilters): Sql {
    const except = (name: FilterName): Sql => where(filterSql(filters, name))
    return join(
      [
        sql(
          `with m as materialized (select d.province_code, d.category_handle, d.ocop_stars, d.price, d.in_stock, d.document from search_document d where `
        ),
        text,
        sql(
          `) select 'province' as facet, d.province_code as key, max(d.document->'province'->>'name') as name, max(d.document->'province'->>'name_en') as name_en, count(*) as n from m d where `
        ),
        except("province"),
        sql(
          ` group by d.province_code union all select 'category', d.category_handle, max(d.document->'category'->>'name_vi'), max(d.document->'category'->>'name_en'), count(*) from m d where d.category_handle is not null and `
        ),
        except("category"),
        sql(
          ` group by d.category_handle union all select 'ocop', s::text, null, null, count(*) filter (where d.ocop_stars >= s) from m d cross join (values (3), (4), (5)) v(s) where `
        ),
        except("ocop_min"),
        sql(
          ` group by s union all select 'in_stock', null, null, null, count(*) filter (where d.in_stock) from m d where `
        ),
        except("in_stock"),
      ],
      ""
    )
  }

  private readFacets(rows: Row[]): SearchFacets {
    const facets: SearchFacets = {
      provinces: [],
      categories: [],
      ocop_stars: [],
      in_stock: 0,
    }
    for (const row of rows) {
      const count = Number(row.n)
      if (row.facet === "province") {
        facets.provinces.push({
          code: String(row.key),
          name: String(row.name),
          name_en: String(row.name_en),
          count,
        })
      } else if (row.facet === "category") {
        facets.categories.push({
          handle: String(row.key),
          name_vi: String(row.name),
          name_en: String(row.name_en),
          count,
        })
      } else if (row.facet === "ocop") {
        if (count > 0) {
          facets.ocop_stars.push({ stars: Number(row.key), count })
        }
      } else if (row.facet === "in_stock") {
        facets.in_stock = count
      }
    }
    facets.provinces.sort(
      (a, b) => b.count - a.count || a.name.localeCompare(b.name, "vi")
    )
    facets.categories.sort(
      (a, b) => b.count - a.count || a.name_vi.localeCompare(b.name_vi, "vi")
    )
    facets.ocop_stars.sort((a, b) => a.stars - b.stars)
    return facets
  }

  /**
   * "Did you mean": each query word that no title, cooperative or place has is replaced by the
   * closest such word (trigram similarity); null when nothing close enough was found.
   */
  private async didYouMean(
    trx: Knex.Transaction,
    words: string[]
  ): Promise<string | null> {
    await trx.raw(`set local pg_trgm.similarity_threshold = 0.3`)
    const result = await trx.raw<{
      rows: { word: string; term: string | null; known: boolean }[]
    }>(
      `select w.word,
         exists (select 1 from search_term t where t.folded = w.word) as known,
         (select t.term from search_term t where t.folded % w.word
            order by similarity(t.folded, w.word) desc, t.term limit 1) as term
       from unnest(?::text[]) with ordinality as w(word, n) order by w.n`,
      [words]
    )
    let changed = false
    const corrected = result.rows.map((row) => {
      if (row.known || !row.term) {
        return row.word
      }
      changed = true
      return row.term
    })
    return changed ? corrected.join(" ") : null
  }
}
