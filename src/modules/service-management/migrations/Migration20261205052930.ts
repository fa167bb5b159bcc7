import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261205052930 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "service_object" drop constraint if exists "service_object_line_unit_unique";`);
    this.addSql(`alter table if exists "service_warranty_term" drop constraint if exists "service_warranty_term_variant_unique";`);
    this.addSql(`alter table if exists "service_warranty_term" drop constraint if exists "service_warranty_term_product_unique";`);
    this.addSql(`create table if not exists "service_warranty_term" ("id" text not null, "product_id" text null, "variant_id" text null, "duration_months" integer not null, "start_basis" text check ("start_basis" in ('placed', 'fulfilled', 'delivered')) not null default 'placed', "parts_coverage_percent" integer not null default 100, "labour_coverage_percent" integer not null default 100, "remedies" text[] not null, "transferable" boolean not null default false, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "service_warranty_term_pkey" primary key ("id"), constraint service_warranty_term_owner_check check ((product_id IS NULL) <> (variant_id IS NULL)), constraint service_warranty_term_duration_check check (duration_months > 0 AND duration_months <= 600), constraint service_warranty_term_parts_coverage_percent_check check (parts_coverage_percent >= 0 AND parts_coverage_percent <= 100), constraint service_warranty_term_labour_coverage_percent_check check (labour_coverage_percent >= 0 AND labour_coverage_percent <= 100), constraint service_warranty_term_remedies_check check (cardinality(remedies) > 0 AND remedies <@ ARRAY['repair', 'replace', 'refund']::text[]));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_warranty_term_deleted_at" ON "service_warranty_term" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_service_warranty_term_product_unique" ON "service_warranty_term" ("product_id") WHERE deleted_at IS NULL AND product_id IS NOT NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_service_warranty_term_variant_unique" ON "service_warranty_term" ("variant_id") WHERE deleted_at IS NULL AND variant_id IS NOT NULL;`);

    this.addSql(`alter table if exists "service_object" add column if not exists "warranty_term_id" text null, add column if not exists "warranty_starts_at" timestamptz null, add column if not exists "warranty_ended_at" timestamptz null, add column if not exists "warranty_end_reason" text check ("warranty_end_reason" in ('returned', 'order_canceled')) null, add column if not exists "fulfillment_id" text null, add column if not exists "unit_index" integer null;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_object_fulfillment_id" ON "service_object" ("fulfillment_id") WHERE deleted_at IS NULL AND fulfillment_id IS NOT NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_service_object_line_unit_unique" ON "service_object" ("order_line_item_id", "unit_index") WHERE deleted_at IS NULL AND unit_index IS NOT NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "service_warranty_term" cascade;`);

    this.addSql(`drop index if exists "IDX_service_object_fulfillment_id";`);
    this.addSql(`drop index if exists "IDX_service_object_line_unit_unique";`);
    this.addSql(`alter table if exists "service_object" drop column if exists "warranty_term_id", drop column if exists "warranty_starts_at", drop column if exists "warranty_ended_at", drop column if exists "warranty_end_reason", drop column if exists "fulfillment_id", drop column if exists "unit_index";`);
  }

}
