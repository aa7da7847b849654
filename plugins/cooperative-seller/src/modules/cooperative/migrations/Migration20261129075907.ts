import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261129075907 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "cooperative_invite" drop constraint if exists "cooperative_invite_token_hash_unique";`
    )
    this.addSql(
      `create table if not exists "cooperative_document" ("id" text not null, "filename" text not null, "mime_type" text check ("mime_type" in ('application/pdf', 'image/jpeg', 'image/png')) not null, "size" integer not null, "content" text not null, "cooperative_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "cooperative_document_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_cooperative_document_cooperative_id" ON "cooperative_document" ("cooperative_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_cooperative_document_deleted_at" ON "cooperative_document" ("deleted_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "cooperative_invite" ("id" text not null, "email" text not null, "name" text not null, "token_hash" text not null, "expires_at" timestamptz not null, "accepted_at" timestamptz null, "cooperative_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "cooperative_invite_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_cooperative_invite_token_hash_unique" ON "cooperative_invite" ("token_hash") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_cooperative_invite_cooperative_id" ON "cooperative_invite" ("cooperative_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_cooperative_invite_deleted_at" ON "cooperative_invite" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_cooperative_invite_email" ON "cooperative_invite" ("email") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "marketplace_setting" ("id" text not null, "listings_need_approval" boolean not null default false, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "marketplace_setting_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_marketplace_setting_deleted_at" ON "marketplace_setting" ("deleted_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `alter table if exists "cooperative_document" add constraint "cooperative_document_cooperative_id_foreign" foreign key ("cooperative_id") references "cooperative" ("id") on update cascade on delete cascade;`
    )

    this.addSql(
      `alter table if exists "cooperative_invite" add constraint "cooperative_invite_cooperative_id_foreign" foreign key ("cooperative_id") references "cooperative" ("id") on update cascade on delete cascade;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "cooperative_document" cascade;`)

    this.addSql(`drop table if exists "cooperative_invite" cascade;`)

    this.addSql(`drop table if exists "marketplace_setting" cascade;`)
  }
}
