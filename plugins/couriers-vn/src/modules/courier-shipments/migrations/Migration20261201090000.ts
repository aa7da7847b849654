import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261201090000 extends Migration {
  override async up(): Promise<void> {
    // VNPost S10 serials: a sequence, so that numbers survive restarts and never repeat.
    this.addSql(
      `create sequence if not exists "courier_s10_serial" minvalue 1 maxvalue 99999999 start with 1;`
    )
    this.addSql(
      `create table if not exists "courier_shipment" ("id" text not null, "provider_id" text not null, "service" text not null, "order_id" text not null, "fulfillment_id" text not null, "cooperative_id" text not null, "tracking_number" text not null, "courier_order_code" text null, "label" jsonb not null, "expected_delivery_at" timestamptz null, "weight_g" integer not null, "length_cm" integer null, "width_cm" integer null, "height_cm" integer null, "cod_amount" integer not null default 0, "status" text check ("status" in ('ready', 'picked_up', 'in_transit', 'out_for_delivery', 'delivered', 'delivery_failed', 'returned', 'canceled')) not null default 'ready', "pickup_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "courier_shipment_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_courier_shipment_order_id" ON "courier_shipment" ("order_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_courier_shipment_fulfillment_id_unique" ON "courier_shipment" ("fulfillment_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_courier_shipment_cooperative_id" ON "courier_shipment" ("cooperative_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_courier_shipment_tracking_number_unique" ON "courier_shipment" ("tracking_number") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_courier_shipment_pickup_id" ON "courier_shipment" ("pickup_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_courier_shipment_deleted_at" ON "courier_shipment" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `create table if not exists "courier_pickup" ("id" text not null, "cooperative_id" text not null, "provider_ids" text[] not null, "parcels" integer not null, "requested_at" timestamptz not null, "courier_reference" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "courier_pickup_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_courier_pickup_cooperative_id" ON "courier_pickup" ("cooperative_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_courier_pickup_deleted_at" ON "courier_pickup" ("deleted_at") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "courier_pickup" cascade;`)
    this.addSql(`drop table if exists "courier_shipment" cascade;`)
    this.addSql(`drop sequence if exists "courier_s10_serial";`)
  }
}
