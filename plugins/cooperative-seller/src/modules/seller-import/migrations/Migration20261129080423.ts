import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261129080423 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "seller_product_import" ("id" text not null, "cooperative_id" text not null, "member_id" text not null, "file_name" text null, "status" text check ("status" in ('queued', 'processing', 'done', 'failed')) not null default 'queued', "total_rows" integer not null default 0, "valid_rows" integer not null default 0, "processed" integer not null default 0, "created" integer not null default 0, "failed" integer not null default 0, "errors" jsonb not null, "products" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "seller_product_import_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_seller_product_import_cooperative_id" ON "seller_product_import" ("cooperative_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_seller_product_import_deleted_at" ON "seller_product_import" ("deleted_at") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "seller_product_import" cascade;`)
  }
}
