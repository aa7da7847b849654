/**
 * The index settings `setup()` sends (`PATCH /indexes/:uid/settings`). Searchable attributes are
 * in ranking order: a match in the title outranks one in the story (the `attribute` rule).
 */
export const SEARCHABLE_ATTRIBUTES = [
  "title",
  "title_en",
  "subtitle",
  "subtitle_en",
  "cooperative.name",
  "commune.name",
  "commune.name_en",
  "province.name",
  "province.name_en",
  "ethnic_group.name_vi",
  "ethnic_group.name_en",
  "category.name_vi",
  "category.name_en",
  "tags",
  "story_vi",
  "story_en",
]

export const FILTERABLE_ATTRIBUTES = [
  "province.code",
  "category.handle",
  "certification_types",
  "ocop_stars",
  "price",
  "in_stock",
]

/** `created_at_ts` is `created_at` in ms, added to each document for "newest". */
export const SORTABLE_ATTRIBUTES = ["price", "created_at_ts"]

/** Meilisearch's default order, spelled out so a changed default does not change ours. */
export const RANKING_RULES = [
  "words",
  "typo",
  "proximity",
  "attribute",
  "sort",
  "exactness",
]

/** The store's deepest page: `offset` ≤ 10,000 plus `limit` ≤ 48. */
export const MAX_TOTAL_HITS = 10_048

export const INDEX_SETTINGS = {
  searchableAttributes: SEARCHABLE_ATTRIBUTES,
  filterableAttributes: FILTERABLE_ATTRIBUTES,
  sortableAttributes: SORTABLE_ATTRIBUTES,
  rankingRules: RANKING_RULES,
  typoTolerance: { enabled: true },
  // 34 provinces and the categories fit well under 200 values per facet.
  faceting: { maxValuesPerFacet: 200 },
  // By default Meilisearch stops at the 1,000th hit; the store pages up to offset 10,000.
  pagination: { maxTotalHits: MAX_TOTAL_HITS },
}
