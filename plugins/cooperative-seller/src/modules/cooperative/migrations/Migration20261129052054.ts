import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261129052054 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "product_origin" drop constraint if exists "product_origin_traceability_code_unique";`
    )
    this.addSql(
      `alter table if exists "cooperative" drop constraint if exists "cooperative_handle_unique";`
    )
    this.addSql(
      `create table if not exists "cooperative" ("id" text not null, "handle" text not null, "name" text not null, "registration_number" text not null, "status" text check ("status" in ('pending', 'active', 'rejected', 'suspended')) not null default 'pending', "status_reason" text null, "commune_code" text not null, "province_code" text not null, "address_line" text null, "phone" text null, "email" text null, "founded_year" integer null, "ethnic_groups" text[] not null, "households" jsonb not null, "story_vi" text not null, "story_en" text not null, "cover_image" jsonb null, "gallery" jsonb null, "commission_rate" real not null default 0.08, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "cooperative_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_cooperative_handle_unique" ON "cooperative" ("handle") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_cooperative_province_code" ON "cooperative" ("province_code") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_cooperative_deleted_at" ON "cooperative" ("deleted_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "certification" ("id" text not null, "type" text check ("type" in ('OCOP', 'VietGAP', 'GI', 'organic', 'collective_mark')) not null, "number" text not null, "ocop_stars" integer null, "issued_at" timestamptz not null, "expires_at" timestamptz null, "issuer" text null, "cooperative_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "certification_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_certification_cooperative_id" ON "certification" ("cooperative_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_certification_deleted_at" ON "certification" ("deleted_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "product_origin" ("id" text not null, "commune_code" text not null, "province_code" text not null, "ethnic_group" text not null, "harvest_months" jsonb not null, "story_vi" text not null, "story_en" text not null, "producer_quote_vi" text null, "producer_quote_en" text null, "producer_name" text null, "traceability_code" text not null, "images" jsonb null, "cooperative_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "product_origin_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_product_origin_province_code" ON "product_origin" ("province_code") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_product_origin_traceability_code_unique" ON "product_origin" ("traceability_code") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_product_origin_cooperative_id" ON "product_origin" ("cooperative_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_product_origin_deleted_at" ON "product_origin" ("deleted_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "product_origin_certification" ("origin_id" text not null, "certification_id" text not null, constraint "product_origin_certification_pkey" primary key ("origin_id", "certification_id"));`
    )

    this.addSql(
      `alter table if exists "certification" add constraint "certification_cooperative_id_foreign" foreign key ("cooperative_id") references "cooperative" ("id") on update cascade on delete cascade;`
    )

    this.addSql(
      `alter table if exists "product_origin" add constraint "product_origin_cooperative_id_foreign" foreign key ("cooperative_id") references "cooperative" ("id") on update cascade on delete cascade;`
    )

    this.addSql(
      `alter table if exists "product_origin_certification" add constraint "product_origin_certification_origin_id_foreign" foreign key ("origin_id") references "product_origin" ("id") on update cascade on delete cascade;`
    )
    this.addSql(
      `alter table if exists "product_origin_certification" add constraint "product_origin_certification_certification_id_foreign" foreign key ("certification_id") references "certification" ("id") on update cascade on delete cascade;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "certification" drop constraint if exists "certification_cooperative_id_foreign";`
    )

    this.addSql(
      `alter table if exists "product_origin" drop constraint if exists "product_origin_cooperative_id_foreign";`
    )

    this.addSql(
      `alter table if exists "product_origin_certification" drop constraint if exists "product_origin_certification_certification_id_foreign";`
    )

    this.addSql(
      `alter table if exists "product_origin_certification" drop constraint if exists "product_origin_certification_origin_id_foreign";`
    )

    this.addSql(`drop table if exists "cooperative" cascade;`)

    this.addSql(`drop table if exists "certification" cascade;`)

    this.addSql(`drop table if exists "product_origin" cascade;`)

    this.addSql(`drop table if exists "product_origin_certification" cascade;`)
  }
}
