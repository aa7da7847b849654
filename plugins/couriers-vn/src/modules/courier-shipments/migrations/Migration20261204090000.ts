import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Couriers' cash-on-delivery statements and their lines, and on each parcel the line that paid
 * its cash over. One matched line per parcel at most (a partial unique index), so two imports
 * can never both count the same cash.
 */
export class Migration20261204090000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "courier_remittance" ("id" text not null, "provider" text not null, "file_name" text null, "imported_at" timestamptz not null, "imported_by" text null, "lines_count" integer not null, "matched_count" integer not null, "mismatched_count" integer not null, "amount_total" numeric not null, "raw_amount_total" jsonb not null, "amount_matched" numeric not null, "raw_amount_matched" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "courier_remittance_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_courier_remittance_deleted_at" ON "courier_remittance" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `create table if not exists "courier_remittance_line" ("id" text not null, "remittance_id" text not null, "line_number" integer not null, "tracking_number" text not null, "amount" integer not null, "remitted_on" text not null, "outcome" text check ("outcome" in ('matched', 'unknown_tracking_number', 'wrong_amount', 'duplicate', 'not_collected')) not null, "detail" text not null, "expected_amount" integer null, "shipment_id" text null, "order_id" text null, "display_id" integer null, "cooperative_id" text null, "resolved_at" timestamptz null, "resolved_by" text null, "resolution_note" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "courier_remittance_line_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_courier_remittance_line_remittance_id" ON "courier_remittance_line" ("remittance_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_courier_remittance_line_cooperative_id" ON "courier_remittance_line" ("cooperative_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_courier_remittance_line_shipment_matched_unique" ON "courier_remittance_line" ("shipment_id") WHERE outcome = 'matched' AND deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_courier_remittance_line_deleted_at" ON "courier_remittance_line" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `alter table if exists "courier_shipment" add column if not exists "remitted_at" timestamptz null, add column if not exists "remitted_amount" integer null, add column if not exists "remittance_line_id" text null;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "courier_shipment" drop column if exists "remitted_at", drop column if exists "remitted_amount", drop column if exists "remittance_line_id";`
    )
    this.addSql(`drop table if exists "courier_remittance_line" cascade;`)
    this.addSql(`drop table if exists "courier_remittance" cascade;`)
  }
}
