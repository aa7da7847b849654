import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261129130000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "officer" ("id" text not null, "email" text not null, "name" text not null, "province_codes" text[] not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "officer_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_officer_email_unique" ON "officer" ("email") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_officer_deleted_at" ON "officer" ("deleted_at") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "officer" cascade;`)
  }
}
