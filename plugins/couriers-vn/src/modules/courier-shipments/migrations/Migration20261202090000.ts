import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261202090000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "courier_event" ("id" text not null, "provider" text not null, "event_id" text not null, "shipment_id" text not null, "status" text check ("status" in ('picked_up', 'in_transit', 'out_for_delivery', 'delivered', 'delivery_failed', 'returned')) not null, "occurred_at" timestamptz not null, "cod_collected" integer null, "note" text null, "source" text check ("source" in ('webhook', 'manual')) not null, "created_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "courier_event_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_courier_event_shipment_id" ON "courier_event" ("shipment_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_courier_event_provider_event_id_unique" ON "courier_event" ("provider", "event_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_courier_event_deleted_at" ON "courier_event" ("deleted_at") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "courier_event" cascade;`)
  }
}
