import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261205053013 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "service_allowance_usage" drop constraint if exists "service_allowance_usage_order_line_unique";`);
    this.addSql(`alter table if exists "service_allowance_balance" drop constraint if exists "service_allowance_balance_line_period_unique";`);
    this.addSql(`create table if not exists "service_allowance_balance" ("id" text not null, "period_start" timestamptz not null, "period_end" timestamptz null, "allowance" real not null, "used" real not null default 0, "agreement_line_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "service_allowance_balance_pkey" primary key ("id"), constraint service_allowance_balance_used_check check (used >= 0 AND used <= allowance));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_allowance_balance_agreement_line_id" ON "service_allowance_balance" ("agreement_line_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_allowance_balance_deleted_at" ON "service_allowance_balance" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_service_allowance_balance_line_period_unique" ON "service_allowance_balance" ("agreement_line_id", "period_start") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "service_allowance_usage" ("id" text not null, "service_order_id" text not null, "agreement_line_id" text not null, "unit" text check ("unit" in ('visit', 'hour')) not null, "quantity" real not null, "covered_quantity" real not null, "overage_quantity" real not null, "balance_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "service_allowance_usage_pkey" primary key ("id"), constraint service_allowance_usage_quantity_check check (covered_quantity >= 0 AND overage_quantity >= 0));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_allowance_usage_balance_id" ON "service_allowance_usage" ("balance_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_allowance_usage_deleted_at" ON "service_allowance_usage" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_service_allowance_usage_order_line_unique" ON "service_allowance_usage" ("service_order_id", "agreement_line_id") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "service_allowance_balance" add constraint "service_allowance_balance_agreement_line_id_foreign" foreign key ("agreement_line_id") references "service_agreement_line" ("id") on update cascade;`);

    this.addSql(`alter table if exists "service_allowance_usage" add constraint "service_allowance_usage_balance_id_foreign" foreign key ("balance_id") references "service_allowance_balance" ("id") on update cascade;`);

    this.addSql(`alter table if exists "service_agreement_line" add column if not exists "allowance_quantity" real null, add column if not exists "allowance_unit" text check ("allowance_unit" in ('visit', 'hour')) null, add column if not exists "allowance_period" text check ("allowance_period" in ('year', 'quarter', 'month', 'agreement_term')) null, add column if not exists "overage_unit_price" numeric null, add column if not exists "raw_overage_unit_price" jsonb null;`);
    this.addSql(`alter table if exists "service_agreement_line" add constraint service_agreement_line_allowance_check check((allowance_quantity IS NULL AND allowance_unit IS NULL AND allowance_period IS NULL) OR (allowance_quantity > 0 AND allowance_unit IS NOT NULL AND allowance_period IS NOT NULL));`);
    this.addSql(`alter table if exists "service_agreement_line" add constraint service_agreement_line_overage_price_check check(overage_unit_price IS NULL OR overage_unit_price >= 0);`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "service_allowance_usage" drop constraint if exists "service_allowance_usage_balance_id_foreign";`);

    this.addSql(`drop table if exists "service_allowance_balance" cascade;`);

    this.addSql(`drop table if exists "service_allowance_usage" cascade;`);

    this.addSql(`alter table if exists "service_agreement_line" drop constraint if exists service_agreement_line_allowance_check;`);
    this.addSql(`alter table if exists "service_agreement_line" drop constraint if exists service_agreement_line_overage_price_check;`);
    this.addSql(`alter table if exists "service_agreement_line" drop column if exists "allowance_quantity", drop column if exists "allowance_unit", drop column if exists "allowance_period", drop column if exists "overage_unit_price", drop column if exists "raw_overage_unit_price";`);
  }

}
