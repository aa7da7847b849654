import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** A pickup request keeps the day the courier comes and the cooperative's note. */
export class Migration20261203090000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "courier_pickup" add column if not exists "pickup_date" text not null default '', add column if not exists "note" text null;`
    )
    this.addSql(
      `alter table if exists "courier_pickup" alter column "pickup_date" drop default;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "courier_pickup" drop column if exists "pickup_date", drop column if exists "note";`
    )
  }
}
