import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * The commune table sums each cooperative's sales of a period from this index alone
 * (index-only scans): it carries the sales value and the buyer.
 */
export class Migration20261129170000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_impact_order_sale_cooperative_sold_at_incl" ON "impact_order_sale" ("cooperative_id", "sold_at") INCLUDE ("sales_value", "buyer_key");`
    )
    this.addSql(
      `DROP INDEX IF EXISTS "IDX_impact_order_sale_cooperative_sold_at";`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_impact_order_sale_cooperative_sold_at" ON "impact_order_sale" ("cooperative_id", "sold_at");`
    )
    this.addSql(
      `DROP INDEX IF EXISTS "IDX_impact_order_sale_cooperative_sold_at_incl";`
    )
  }
}
