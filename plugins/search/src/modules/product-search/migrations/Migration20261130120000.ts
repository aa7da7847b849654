import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Word-start matching for the PostgreSQL search provider. A product matches when every word of
 * the query starts a word of it (full-text prefix search on `search_vector`, weighted A for the
 * titles, B for the names: cooperative, places old and new, ethnic group, category, tags; D for
 * subtitles and stories), instead of a substring or a trigram anywhere in one long text, which
 * matched most of the catalogue for short words. `title_words` and `names_words` are the folded
 * words between single spaces, for ranking with plain `position()`.
 *
 * Every new column derives from `document` or from what the provider writes, so rows indexed
 * before this migration are rebuilt here (the raw `names` are lower-cased by JavaScript on the
 * next reindex; until then, by `lower()`). `body` and its folded twin are dropped: the vector
 * replaces them. `search_term` (the vocabulary for typo corrections and "did you mean") gains the
 * English titles, the former place names and the other names, and a C-collated index for its
 * lookups.
 */
export class Migration20261130120000 extends Migration {
  override async up(): Promise<void> {
    // The folded words of a text between single spaces, with a space at each end, so that
    // position(' ' || word in …) finds a word start. ASCII only after cp_fold, so the C locale of
    // the embedded database reads it the same as any other.
    this.addSql(
      `create or replace function cp_words(input text) returns text
       language sql immutable parallel safe strict as
       $$ select ' ' || btrim(regexp_replace(cp_fold(input), '[^a-z0-9]+', ' ', 'g')) || ' ' $$;`
    )
    // The subtitles and stories of a search document (weight D).
    this.addSql(
      `create or replace function cp_document_rest(doc jsonb) returns text
       language sql immutable parallel safe strict as
       $$ select concat_ws(' · ', doc->>'subtitle', doc->>'subtitle_en', doc->>'story_vi', doc->>'story_en') $$;`
    )
    this.addSql(
      `alter table "search_document" add column if not exists "names" text not null default '';`
    )
    this.addSql(
      `update "search_document" set
         "title" = ' ' || lower(regexp_replace(document->>'title', '[[:space:][:punct:]·–—…]+', ' ', 'g')) || ' ',
         "title_en" = ' ' || lower(regexp_replace(document->>'title_en', '[[:space:][:punct:]·–—…]+', ' ', 'g')) || ' ',
         "names" = ' ' || lower(regexp_replace(concat_ws(' ',
           document->'cooperative'->>'name', document->'commune'->>'name',
           document->'commune'->>'name_en', document->'province'->>'name',
           document->'province'->>'name_en', document->'ethnic_group'->>'name_vi',
           document->'ethnic_group'->>'name_en', document->'category'->>'name_vi',
           document->'category'->>'name_en',
           (select string_agg(t, ' ') from jsonb_array_elements_text(document->'tags') t),
           (select string_agg(t, ' ') from jsonb_array_elements_text(document->'certification_types') t)
         ), '[[:space:][:punct:]·–—…]+', ' ', 'g')) || ' ';`
    )
    this.addSql(
      `alter table "search_document" drop column if exists "folded_body", drop column if exists "body", drop column if exists "folded_title";`
    )
    this.addSql(
      `alter table "search_document"
         add column if not exists "title_words" text generated always as (cp_words("title" || ' ' || "title_en")) stored,
         add column if not exists "names_words" text generated always as (cp_words("names")) stored,
         add column if not exists "search_vector" tsvector generated always as (
           setweight(to_tsvector('simple'::regconfig, cp_words("title" || ' ' || "title_en")), 'A') ||
           setweight(to_tsvector('simple'::regconfig, cp_words("names")), 'B') ||
           setweight(to_tsvector('simple'::regconfig, coalesce(cp_words(cp_document_rest("document")), '')), 'D')
         ) stored;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_search_document_search_vector" ON "search_document" USING gin ("search_vector");`
    )
    // Filters and facets read these few columns for every match: with them in one index, a browse
    // of the whole catalogue counts its facets from the index alone.
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_search_document_facets" ON "search_document" ("province_code", "category_handle", "ocop_stars", "price", "in_stock");`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_search_document_category" ON "search_document" ("category_handle");`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_search_term_folded" ON "search_term" ("folded" collate "C");`
    )
    this.addSql(
      `insert into "search_term" ("term")
       select distinct w from "search_document", regexp_split_to_table(btrim("title" || "title_en" || "names"), '\\s+') w
       where length(w) between 2 and 40 and w !~ '^[0-9]+$'
       on conflict do nothing;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_search_term_folded";`)
    this.addSql(
      `alter table "search_document" drop column if exists "search_vector", drop column if exists "title_words", drop column if exists "names_words";`
    )
    this.addSql(
      `alter table "search_document" add column if not exists "body" text not null default '';`
    )
    this.addSql(
      `update "search_document" set "body" = "title" || ' ' || "names" || ' ' || coalesce(lower(cp_document_rest("document")), '');`
    )
    this.addSql(
      `alter table "search_document"
         add column if not exists "folded_title" text generated always as (cp_fold("title" || ' ' || "title_en")) stored,
         add column if not exists "folded_body" text generated always as (cp_fold("body")) stored;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_search_document_folded_title_trgm" ON "search_document" USING gin ("folded_title" gin_trgm_ops);`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_search_document_folded_body_trgm" ON "search_document" USING gin ("folded_body" gin_trgm_ops);`
    )
    this.addSql(`alter table "search_document" drop column if exists "names";`)
    this.addSql(`drop function if exists cp_document_rest(jsonb);`)
    this.addSql(`drop function if exists cp_words(text);`)
  }
}
