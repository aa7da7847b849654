import type { Knex } from "@medusajs/framework/mikro-orm/knex"

import { fold, foldedWords, rawWords } from "../../lib/fold"
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
import {
  editDistance,
  editVariants,
  englishStems,
  highlightWords,
  matchesAsPrefix,
  MAX_CORRECTIONS,
  nameNeedles,
  titleNeedles,
  titleQueryText,
  tsQueryText,
  typoBudget,
  type WordPlan,
} from "./query-plan"

type Binding = string | number | boolean | null | string[]
type Sql = { sql: string; bindings: Binding[] }
/** A match condition, and whether it uses the full-text index. */
type Text = Sql & { indexed: boolean }

const sql = (text: string, ...bindings: Binding[]): Sql => ({
  sql: text,
  bindings,
})

const join = (parts: Sql[], glue: string): Sql => ({
  sql: parts.map((p) => p.sql).join(glue),
  bindings: parts.flatMap((p) => p.bindings),
})

/** Words as written (any script), lower case, between single spaces with one at each end. */
const spaced = (parts: (string | null | undefined)[]): string => {
  const words = rawWords(parts.filter(Boolean).join(" "), 1_000)
  return words.length > 0 ? ` ${words.join(" ")} ` : " "
}

/** The names a buyer may search a product by, besides its titles (weight B). */
const namesOf = (d: SearchDocument): (string | null | undefined)[] => [
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
]

/** The words of titles and names: the vocabulary for typo corrections and "did you mean". */
const termsOf = (d: SearchDocument): string[] =>
  rawWords([d.title, d.title_en, ...namesOf(d)].join(" "), 1_000).filter(
    (w) => w.length >= 2 && w.length <= 40 && !/^\d+$/.test(w)
  )

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

/** `position(needle in column) > 0` for any of the needles. */
const anyIn = (column: string, needles: string[]): Sql =>
  needles.length > 0
    ? join(
        needles.map((needle) => sql(`position(? in ${column}) > 0`, needle)),
        " or "
      )
    : sql("false")

/**
 * How well a product matches, largest first (SEARCH_API.md, "Ranking"): the query as typed, with
 * its diacritics, starting a word of the Vietnamese title (1000) or of the English one (600); the
 * folded query as a phrase opening the title (400), inside it (300) or in the names (80); each
 * word by where it was found, a whole title word (70) down to a story (10); each word typed with
 * diacritics found so in the titles (40), or typed without them and so in the title (5);
 * and, to part close calls, how much of the title the query covers (up to 20).
 */
const scoreSql = (q: string, plans: WordPlan[]): Sql => {
  const raws = rawWords(q)
  const typed = raws.join(" ")
  const phrase = plans.map((plan) => plan.word).join(" ")
  // The same phrase with each mistyped word replaced by its likeliest correction.
  const corrected = plans
    .map((plan) => plan.corrections[0] ?? plan.word)
    .join(" ")
  const parts: Sql[] = [
    sql(
      `(case when position(? in d.title) > 0 then 1000 else 0 end)`,
      ` ${typed}`
    ),
    sql(
      `(case when position(? in d.title_en) > 0 then 600 else 0 end)`,
      ` ${typed}`
    ),
    corrected === phrase
      ? sql(
          `(case position(? in d.title_words) when 0 then 0 when 1 then 400 else 300 end)`,
          ` ${phrase}`
        )
      : sql(
          `greatest(case position(? in d.title_words) when 0 then 0 when 1 then 400 else 300 end,
             case position(? in d.title_words) when 0 then 0 when 1 then 400 else 300 end)`,
          ` ${phrase}`,
          ` ${corrected}`
        ),
    sql(
      `(20 * least(1.0::float8, ?::float8 / greatest(octet_length(d.title), 1)))`,
      phrase.length + 2
    ),
  ]
  if (plans.length > 1) {
    parts.push(
      sql(
        `(case when position(? in d.names_words) > 0 then 80 else 0 end)`,
        ` ${phrase}`
      )
    )
  }
  for (const plan of plans) {
    const others = [...plan.stems, ...plan.prefixCorrections].map(
      (w) => ` ${w}`
    )
    const whole = plan.corrections.map((w) => ` ${w} `)
    const start = plan.prefix ? ` ${plan.word}` : ` ${plan.word} `
    parts.push(
      join(
        [
          sql(
            `(case when position(? in d.title_words) > 0 then 70 when position(? in d.title_words) > 0 then 60 when `,
            ` ${plan.word} `,
            start
          ),
          anyIn("d.title_words", others),
          sql(` then 55 when `),
          anyIn("d.title_words", whole),
          sql(
            ` then 45 when position(? in d.names_words) > 0 then 25 when position(? in d.names_words) > 0 then 20 when `,
            ` ${plan.word} `,
            start
          ),
          anyIn("d.names_words", [...others, ...whole]),
          sql(` then 15 else 10 end)`),
        ],
        ""
      )
    )
  }
  for (const word of raws) {
    if (fold(word) !== word) {
      parts.push(
        sql(
          `(case when position(? in d.title || d.title_en) > 0 then 40 else 0 end)`,
          ` ${word} `
        )
      )
    } else {
      parts.push(
        sql(
          `(case when position(? in d.title) > 0 then 5 else 0 end)`,
          ` ${word} `
        )
      )
    }
  }
  return join(parts, " + ")
}

/** Whether every word of the query is in the titles (see `titleQueryText`), per row. */
const inTitlesSql = (plans: WordPlan[]): Sql =>
  join(
    plans.map((plan) =>
      join([sql("("), anyIn("d.title_words", titleNeedles(plan)), sql(")")], "")
    ),
    " and "
  )

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

/** Province names by code, read from the documents once per process. */
const PROVINCE_NAMES = new Map<string, { name: string; name_en: string }>()
type Named = { name?: string; name_en?: string; name_vi?: string } | null

/** A page of matches: the query's documents in order, without facets. */
type Ranked = { documents: SearchDocument[]; words: string[] }

/**
 * The default provider: documents in PostgreSQL (`search_document`), found through a full-text
 * index of their folded words (every query word must start a word of the product) and ranked by
 * where the words were found. See SEARCH_API.md.
 */
export class PostgresSearchProvider implements SearchProvider {
  readonly name = "postgres" as const

  constructor(private readonly db: Knex) {}

  async setup(): Promise<void> {
    // The schema comes with the search module's migrations.
  }

  async upsert(documents: SearchDocument[]): Promise<void> {
    if (documents.length === 0) {
      return
    }
    const rows = documents.map((d) => ({
      id: d.id,
      document: d,
      title: spaced([d.title]),
      title_en: spaced([d.title_en]),
      names: spaced(namesOf(d)),
      province_code: d.province.code,
      category_handle: d.category?.handle ?? null,
      ocop_stars: d.ocop_stars,
      price: d.price,
      in_stock: d.in_stock,
      created_at: d.created_at,
    }))
    // Rows and terms go in sorted, so that concurrent syncs (the seed's stock events, several
    // at once) take their locks in the same order and never deadlock on a shared term.
    rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    const terms = [...new Set(documents.flatMap(termsOf))].sort()
    await this.db.transaction(async (trx) => {
      await trx.raw(
        `insert into search_document
           (id, document, title, title_en, names, province_code, category_handle, ocop_stars,
            price, in_stock, created_at, indexed_at)
         select x.id, x.document, x.title, x.title_en, x.names, x.province_code,
           x.category_handle, x.ocop_stars, x.price, x.in_stock, x.created_at, now()
         from jsonb_to_recordset(?::jsonb) as x(id text, document jsonb, title text,
           title_en text, names text, province_code text, category_handle text,
           ocop_stars integer, price bigint, in_stock boolean, created_at timestamptz)
         order by x.id
         on conflict (id) do update set
           document = excluded.document, title = excluded.title, title_en = excluded.title_en,
           names = excluded.names, province_code = excluded.province_code,
           category_handle = excluded.category_handle, ocop_stars = excluded.ocop_stars,
           price = excluded.price, in_stock = excluded.in_stock,
           created_at = excluded.created_at, indexed_at = now()`,
        [JSON.stringify(rows)]
      )
      if (terms.length > 0) {
        await trx.raw(
          `insert into search_term (term)
           select term from unnest(?::text[]) as t(term) order by term
           on conflict do nothing`,
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
    const words = foldedWords(request.q)
    if (request.q.length > 0 && words.length === 0) {
      return { hits: [], facets: EMPTY_FACETS, total: 0, suggestion: null }
    }
    const plans = await this.plan(words)
    const text = this.textSql(plans)
    const [ranked, counted] = await Promise.all([
      this.rank(request, plans, text),
      this.count(text, request.filters),
    ])
    const suggestion =
      counted.total === 0 && plans.length > 0
        ? await this.didYouMean(plans)
        : null
    return {
      hits: ranked.documents.map((document) => toHit(document, ranked.words)),
      facets: counted.facets,
      total: counted.total,
      suggestion,
    }
  }

  async suggest(q: string, limit: number): Promise<Suggestion[]> {
    const words = foldedWords(q)
    if (words.length === 0) {
      return []
    }
    const plans = await this.plan(words)
    const { documents } = await this.rank(
      { q, filters: {}, sort: "relevance", limit, offset: 0 },
      plans,
      this.textSql(plans)
    )
    return documents.map((d) => ({
      id: d.id,
      handle: d.handle,
      title: d.title,
      title_en: d.title_en,
      thumbnail: d.thumbnail,
      price: d.price,
      cooperative: d.cooperative,
    }))
  }

  /**
   * Which products match: the full-text index for the words it can look up, and the titles'
   * and names' words for one-letter words and corrected ones (see query-plan.ts).
   */
  private textSql(plans: WordPlan[]): Text {
    const parts: Sql[] = []
    const query = tsQueryText(plans)
    if (query) {
      parts.push(sql(`d.search_vector @@ to_tsquery('simple', ?)`, query))
    }
    for (const needles of nameNeedles(plans)) {
      parts.push(
        join(
          [
            sql("("),
            join(
              needles.map((needle) =>
                sql(`position(? in d.title_words || d.names_words) > 0`, needle)
              ),
              " or "
            ),
            sql(")"),
          ],
          ""
        )
      )
    }
    return { ...where(parts), indexed: query !== null }
  }

  /**
   * Runs statements that filter on the full-text vector with sequential scans off: the vector is
   * stored out of line, and a scan reading it for every row costs many times the index lookup
   * the planner would compare it with.
   */
  private read<T>(
    indexed: boolean,
    run: (db: Knex | Knex.Transaction) => Promise<T>
  ): Promise<T> {
    if (!indexed) {
      return run(this.db)
    }
    return this.db.transaction(async (trx) => {
      await trx.raw(`set local enable_seqscan = off`)
      return run(trx)
    })
  }

  /**
   * What each word may match: itself as a word start, its English stem, and for a word that
   * starts no word of any product, the vocabulary's words one typo away (two from 8 letters).
   */
  private async plan(words: string[]): Promise<WordPlan[]> {
    const plans: WordPlan[] = words.map((word, i) => ({
      word,
      prefix: matchesAsPrefix(word, i, words.length),
      stems: englishStems(word),
      known: true,
      corrections: [],
      prefixCorrections: [],
    }))
    const checked = plans.filter((plan) => typoBudget(plan.word) > 0)
    if (checked.length === 0) {
      return plans
    }
    // Known when the word (or its stem) starts a word of the titles and names (the vocabulary,
    // a small index); otherwise, when it starts a word of some product's story (the full-text
    // index, asked only about such rare words).
    const forms = (plan: WordPlan) => [plan.word, ...plan.stems]
    const inVocabulary = await this.db.raw<{ rows: { form: string }[] }>(
      `select f.form from unnest(?::text[]) as f(form)
       where exists (select 1 from search_term t where t.folded collate "C" >= f.form
         and t.folded collate "C" < f.form || '{')`,
      [checked.flatMap(forms)]
    )
    const found = new Set(inVocabulary.rows.map((row) => row.form))
    const rare = checked.filter(
      (plan) => !forms(plan).some((f) => found.has(f))
    )
    if (rare.length > 0) {
      const known = await this.read(true, (db) =>
        db.raw<{ rows: { n: number; known: boolean }[] }>(
          `select q.n, exists (select 1 from search_document d
             where d.search_vector @@ to_tsquery('simple', q.text)) as known
           from unnest(?::text[]) with ordinality as q(text, n)`,
          [rare.map((plan) => tsQueryText([plan]) ?? "")]
        )
      )
      for (const row of known.rows) {
        const plan = rare[Number(row.n) - 1]
        if (plan) {
          plan.known = row.known
        }
      }
    }
    const unknown = checked.filter((plan) => !plan.known)
    if (unknown.length === 0) {
      return plans
    }
    const variants = unknown.map((plan) => editVariants(plan.word))
    const corrections = await this.db.raw<{
      rows: { variant: string; whole: boolean; prefix: boolean }[]
    }>(
      `select v.variant,
         exists (select 1 from search_term t where t.folded collate "C" = v.variant) as whole,
         exists (select 1 from search_term t where t.folded collate "C" > v.variant
           and t.folded collate "C" < v.variant || '{') as prefix
       from unnest(?::text[]) as v(variant)`,
      [[...new Set(variants.flat())]]
    )
    const whole = new Set(
      corrections.rows.filter((row) => row.whole).map((row) => row.variant)
    )
    const prefix = new Set(
      corrections.rows.filter((row) => row.prefix).map((row) => row.variant)
    )
    const far = unknown.filter((plan) => typoBudget(plan.word) > 1)
    const near =
      far.length > 0
        ? await this.db.raw<{ rows: { word: string; folded: string }[] }>(
            `select w.word, t.folded from unnest(?::text[]) as w(word)
             cross join lateral (select distinct t.folded from search_term t
               where t.folded % w.word limit 50) t`,
            [far.map((plan) => plan.word)]
          )
        : { rows: [] }
    unknown.forEach((plan, i) => {
      const mine = variants[i] ?? []
      const distant = near.rows
        .filter(
          (row) =>
            row.word === plan.word &&
            /^[a-z0-9]+$/.test(row.folded) &&
            editDistance(row.word, row.folded) === 2
        )
        .map((row) => row.folded)
      plan.corrections = [
        ...mine.filter((variant) => whole.has(variant)),
        ...distant,
      ].slice(0, MAX_CORRECTIONS)
      plan.prefixCorrections =
        plan.word.length >= 5
          ? mine
              .filter((variant) => prefix.has(variant))
              .slice(0, MAX_CORRECTIONS)
          : []
    })
    return plans
  }

  /** One page of matches, in the order asked for. */
  private async rank(
    request: SearchRequest,
    plans: WordPlan[],
    text: Text
  ): Promise<Ranked> {
    const words = highlightWords(plans)
    const filters = filterSql(request.filters)
    const page = (condition: Sql, order: Sql): Sql =>
      join(
        [
          sql(`select d.document from search_document d where `),
          where([condition, ...filters]),
          sql(` order by `),
          order,
          sql(` limit ? offset ?`, request.limit, request.offset),
        ],
        ""
      )
    const documents = async (statement: Sql, indexed: boolean) =>
      (
        await this.read(indexed, (db) =>
          db.raw<{ rows: Row[] }>(statement.sql, statement.bindings)
        )
      ).rows.map((row) => row.document as SearchDocument)

    if (request.sort !== "relevance" || plans.length === 0) {
      const sort = request.sort === "relevance" ? "newest" : request.sort
      return {
        documents: await documents(page(text, sql(ORDER[sort])), text.indexed),
        words,
      }
    }
    const ties = sql(
      "d.in_stock desc, d.ocop_stars desc nulls last, d.created_at desc, d.id"
    )
    const score = scoreSql(request.q, plans)
    // Products with every word in their titles come first: when they fill the page, only they
    // are ranked, found through the small index of the titles' words.
    const titled = await documents(
      page(
        sql(
          `to_tsvector('simple'::regconfig, d.title_words) @@ to_tsquery('simple', ?)`,
          titleQueryText(plans)
        ),
        join([score, ties], " desc, ")
      ),
      true
    )
    if (titled.length === request.limit) {
      return { documents: titled, words }
    }
    return {
      documents: await documents(
        page(
          text,
          join(
            [
              sql("("),
              inTitlesSql(plans),
              sql(") desc, "),
              score,
              sql(" desc, "),
              ties,
            ],
            ""
          )
        ),
        text.indexed
      ),
      words,
    }
  }

  /**
   * The total and every facet in one pass over the matches: each count filtered by all filters
   * but its own (FILTER clauses), grouped by province, by category and overall (grouping sets);
   * then each province's and category's names from one of its documents.
   */
  private async count(
    text: Text,
    filters: SearchFilters
  ): Promise<{ total: number; facets: SearchFacets }> {
    const except = (name: FilterName): Sql => where(filterSql(filters, name))
    const statement = join(
      [
        sql(
          `with f as (select grouping(d.province_code) as gp, grouping(d.category_handle) as gc,
            d.province_code, d.category_handle, count(*) filter (where `
        ),
        except("province"),
        sql(`) as n_province, count(*) filter (where `),
        except("category"),
        sql(`) as n_category, count(*) filter (where d.ocop_stars >= 3 and `),
        except("ocop_min"),
        sql(`) as ocop3, count(*) filter (where d.ocop_stars >= 4 and `),
        except("ocop_min"),
        sql(`) as ocop4, count(*) filter (where d.ocop_stars >= 5 and `),
        except("ocop_min"),
        sql(`) as ocop5, count(*) filter (where d.in_stock and `),
        except("in_stock"),
        sql(`) as in_stock, count(*) filter (where `),
        where(filterSql(filters)),
        sql(`) as total from search_document d where `),
        text,
        sql(
          ` group by grouping sets ((d.province_code), (d.category_handle), ()))
          select f.*,
            case when f.gc = 0 and f.n_category > 0 and f.category_handle is not null then
              (select x.document->'category' from search_document x
              where x.category_handle = f.category_handle limit 1) end as category
          from f`
        ),
      ],
      ""
    )
    const result = await this.read(text.indexed, (db) =>
      db.raw<{ rows: Row[] }>(statement.sql, statement.bindings)
    )
    const facets: SearchFacets = {
      provinces: [],
      categories: [],
      ocop_stars: [],
      in_stock: 0,
    }
    let total = 0
    for (const row of result.rows) {
      if (Number(row.gp) === 0) {
        const count = Number(row.n_province)
        if (count > 0) {
          facets.provinces.push({
            code: String(row.province_code),
            name: "",
            name_en: "",
            count,
          })
        }
      } else if (Number(row.gc) === 0) {
        const count = Number(row.n_category)
        const category = row.category as Named
        if (count > 0 && category) {
          facets.categories.push({
            handle: String(row.category_handle),
            name_vi: String(category.name_vi ?? ""),
            name_en: String(category.name_en ?? ""),
            count,
          })
        }
      } else {
        total = Number(row.total)
        facets.in_stock = Number(row.in_stock)
        for (const stars of [3, 4, 5]) {
          const count = Number(row[`ocop${stars}`])
          if (count > 0) {
            facets.ocop_stars.push({ stars, count })
          }
        }
      }
    }
    await this.nameProvinces(facets.provinces)
    facets.provinces.sort(
      (a, b) => b.count - a.count || a.name.localeCompare(b.name, "vi")
    )
    facets.categories.sort(
      (a, b) => b.count - a.count || a.name_vi.localeCompare(b.name_vi, "vi")
    )
    return { total, facets }
  }

  /**
   * Names the provinces of a facet. A province's names are fixed (the 2025 units), so each is
   * read once per process, from one of its documents.
   */
  private async nameProvinces(
    provinces: SearchFacets["provinces"]
  ): Promise<void> {
    const missing = provinces
      .map((p) => p.code)
      .filter((code) => !PROVINCE_NAMES.has(code))
    if (missing.length > 0) {
      const found = await this.db.raw<{
        rows: { code: string; place: Named }[]
      }>(
        `select p.code, (select x.document->'province' from search_document x
           where x.province_code = p.code limit 1) as place
         from unnest(?::text[]) as p(code)`,
        [missing]
      )
      for (const row of found.rows) {
        if (row.place) {
          PROVINCE_NAMES.set(row.code, {
            name: String(row.place.name ?? ""),
            name_en: String(row.place.name_en ?? ""),
          })
        }
      }
    }
    for (const province of provinces) {
      Object.assign(province, PROVINCE_NAMES.get(province.code))
    }
  }

  /**
   * "Did you mean": each word that starts no word of any product is replaced by the closest word
   * of the titles and names (trigram similarity); null when no word was replaced.
   */
  private async didYouMean(plans: WordPlan[]): Promise<string | null> {
    const unknown = plans.filter((plan) => !plan.known)
    if (unknown.length === 0) {
      return null
    }
    const result = await this.db.raw<{
      rows: { word: string; term: string | null }[]
    }>(
      `select w.word, (select t.term from search_term t where t.folded % w.word
         order by similarity(t.folded, w.word) desc, t.term limit 1) as term
       from unnest(?::text[]) as w(word)`,
      [unknown.map((plan) => plan.word)]
    )
    const replaced = new Map(
      result.rows
        .filter((row) => row.term !== null)
        .map((row) => [row.word, row.term as string])
    )
    if (replaced.size === 0) {
      return null
    }
    return plans.map((plan) => replaced.get(plan.word) ?? plan.word).join(" ")
  }
}
