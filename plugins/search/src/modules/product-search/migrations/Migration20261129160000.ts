import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * The PostgreSQL search provider's schema: `cp_fold`, an immutable fold (lower case, no
 * diacritics, đ → d) that indexes can use; `search_document`, one row per product with its folded
 * texts and trigram indexes; `search_term`, the words of product titles for "did you mean".
 * unaccent and pg_trgm are trusted extensions (PostgreSQL 13+): the database owner may add them.
 */
export class Migration20261129160000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "search_index_state" ("id" text not null, "provider" text not null, "documents" integer not null default 0, "reindexed_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "search_index_state_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_search_index_state_provider_unique" ON "search_index_state" ("provider") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_search_index_state_deleted_at" ON "search_index_state" ("deleted_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(`create extension if not exists unaccent;`)
    this.addSql(`create extension if not exists pg_trgm;`)
    // unaccent() is only STABLE (it reads a dictionary by name); naming the dictionary with its
    // schema makes this wrapper safe to declare IMMUTABLE, so expression indexes may use it.
    this.addSql(
      `create or replace function cp_fold(input text) returns text
       language sql immutable parallel safe strict as
       $$ select lower(public.unaccent('public.unaccent'::regdictionary, translate(input, 'đĐ', 'dD'))) $$;`
    )
    this.addSql(
      `create table if not exists "search_document" (
        "id" text not null,
        "document" jsonb not null,
        "title" text not null,
        "title_en" text not null,
        "body" text not null,
        "folded_title" text generated always as (cp_fold("title" || ' ' || "title_en")) stored,
        "folded_body" text generated always as (cp_fold("body")) stored,
        "province_code" text not null,
        "category_handle" text null,
        "ocop_stars" integer null,
        "price" bigint null,
        "in_stock" boolean not null,
        "created_at" timestamptz not null,
        "indexed_at" timestamptz not null default now(),
        constraint "search_document_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_search_document_folded_title_trgm" ON "search_document" USING gin ("folded_title" gin_trgm_ops);`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_search_document_folded_body_trgm" ON "search_document" USING gin ("folded_body" gin_trgm_ops);`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_search_document_created_at" ON "search_document" ("created_at" desc, "id");`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_search_document_price" ON "search_document" ("price", "id");`
    )
    this.addSql(
      `create table if not exists "search_term" ("term" text not null, "folded" text generated always as (cp_fold("term")) stored, constraint "search_term_pkey" primary key ("term"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_search_term_folded_trgm" ON "search_term" USING gin ("folded" gin_trgm_ops);`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "search_term" cascade;`)
    this.addSql(`drop table if exists "search_document" cascade;`)
    this.addSql(`drop function if exists cp_fold(text);`)
    this.addSql(`drop table if exists "search_index_state" cascade;`)
  }
}
