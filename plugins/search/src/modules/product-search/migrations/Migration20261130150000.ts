import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * A narrow `search_document` heap, so that a search touching tens of thousands of matches reads
 * a few megabytes instead of the whole catalogue: the document (JSON), the full-text vector and
 * the raw names are stored out of line (TOAST) — the index finds matches without reading the
 * vector, the page reads only its 24 documents, and nothing reads the raw names at query time —
 * while the short texts the ranking reads for every match (titles and the folded words of
 * titles and names) stay in the row, uncompressed.
 *
 * `toast_tuple_target` 600: a row larger than that has its largest values moved out first (the
 * document, the vector, the names); the short texts are MAIN, so they stay in the row. Every row
 * is rewritten here to take this layout.
 *
 * A small full-text index of the titles' words alone finds the products that have every word
 * of a query in their titles, which rank first: when they fill a page, only they are ranked.
 */
export class Migration20261130150000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "search_document" set (toast_tuple_target = 600);`)
    this.addSql(
      `alter table "search_document"
         alter column "search_vector" set storage external,
         alter column "title" set storage main,
         alter column "title_en" set storage main,
         alter column "names" set storage external,
         alter column "title_words" set storage main,
         alter column "names_words" set storage main;`
    )
    this.addSql(`update "search_document" set "indexed_at" = "indexed_at";`)
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_search_document_title_words" ON "search_document" USING gin (to_tsvector('simple'::regconfig, "title_words"));`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_search_document_title_words";`)
    this.addSql(`alter table "search_document" reset (toast_tuple_target);`)
    this.addSql(
      `alter table "search_document"
         alter column "search_vector" set storage extended,
         alter column "title" set storage extended,
         alter column "title_en" set storage extended,
         alter column "names" set storage extended,
         alter column "title_words" set storage extended,
         alter column "names_words" set storage extended;`
    )
  }
}
