import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Recorded sales and programme tags (the module's models), and the two summary tables of online
 * sales that src/lib/sql/refresh.ts keeps from Medusa's orders and payments. The summary tables
 * are plain SQL, not models: nothing reads them through the ORM.
 */
export class Migration20261129150000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "impact_recorded_sale" ("id" text not null, "month" text not null, "commune_code" text not null, "province_code" text not null, "cooperative_id" text null, "sales_value" integer not null, "source" text check ("source" in ('officer', 'import', 'seed')) not null default 'officer', "legacy_commune_code" text null, "share" real null, "note" text null, "created_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "impact_recorded_sale_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_impact_recorded_sale_deleted_at" ON "impact_recorded_sale" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_impact_recorded_sale_month_commune_code" ON "impact_recorded_sale" ("month", "commune_code") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_impact_recorded_sale_province_code" ON "impact_recorded_sale" ("province_code") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `create table if not exists "impact_programme_tag" ("id" text not null, "cooperative_id" text not null, "programme" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "impact_programme_tag_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_impact_programme_tag_deleted_at" ON "impact_programme_tag" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_impact_programme_tag_cooperative_id_programme_unique" ON "impact_programme_tag" ("cooperative_id", "programme") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "impact_order_sale" ("order_id" text not null, "cooperative_id" text not null, "buyer_key" text not null, "sold_at" timestamptz not null, "item_total" bigint not null, "refunded" bigint not null, "sales_value" bigint not null, "refreshed_at" timestamptz not null default now(), constraint "impact_order_sale_pkey" primary key ("order_id"));`
    )
    // The commune table reads a period of sales with these columns alone (index-only scans).
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_impact_order_sale_sold_at" ON "impact_order_sale" ("sold_at") INCLUDE ("cooperative_id", "buyer_key", "sales_value");`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_impact_order_sale_cooperative_sold_at" ON "impact_order_sale" ("cooperative_id", "sold_at");`
    )
    this.addSql(
      `create table if not exists "impact_order_line" ("line_id" text not null, "order_id" text not null, "cooperative_id" text not null, "sold_at" timestamptz not null, "product_id" text null, "title" text not null, "quantity" integer not null, "item_value" bigint not null, constraint "impact_order_line_pkey" primary key ("line_id"), constraint "impact_order_line_order_fkey" foreign key ("order_id") references "impact_order_sale" ("order_id") on delete cascade);`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_impact_order_line_order_id" ON "impact_order_line" ("order_id");`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_impact_order_line_cooperative_sold_at" ON "impact_order_line" ("cooperative_id", "sold_at") INCLUDE ("product_id");`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "impact_order_line" cascade;`)
    this.addSql(`drop table if exists "impact_order_sale" cascade;`)
    this.addSql(`drop table if exists "impact_programme_tag" cascade;`)
    this.addSql(`drop table if exists "impact_recorded_sale" cascade;`)
  }
}
