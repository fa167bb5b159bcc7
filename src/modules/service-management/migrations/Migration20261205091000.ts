import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/**
 * Allowance balances and usages in numeric instead of real: a float4 balance of hours drifts
 * (0.1 + 0.2 hours is not 0.3) and a covered + overage split no longer adds up to the draw. The
 * columns change type in place (the CHECK constraints stay, as Postgres keeps them over a type
 * change) and get Medusa's raw twins, filled from the values already stored.
 */
export class Migration20261205091000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "service_allowance_balance"
      alter column "allowance" type numeric using "allowance"::numeric,
      alter column "used" type numeric using "used"::numeric,
      add column if not exists "raw_allowance" jsonb null,
      add column if not exists "raw_used" jsonb null;`);
    this.addSql(`update "service_allowance_balance" set
      "raw_allowance" = jsonb_build_object('value', "allowance"::text, 'precision', 20),
      "raw_used" = jsonb_build_object('value', "used"::text, 'precision', 20);`);
    this.addSql(`alter table if exists "service_allowance_balance"
      alter column "raw_allowance" set not null,
      alter column "raw_used" set not null,
      alter column "raw_used" set default '{"value":"0","precision":20}';`);

    this.addSql(`alter table if exists "service_allowance_usage"
      alter column "quantity" type numeric using "quantity"::numeric,
      alter column "covered_quantity" type numeric using "covered_quantity"::numeric,
      alter column "overage_quantity" type numeric using "overage_quantity"::numeric,
      add column if not exists "raw_quantity" jsonb null,
      add column if not exists "raw_covered_quantity" jsonb null,
      add column if not exists "raw_overage_quantity" jsonb null;`);
    this.addSql(`update "service_allowance_usage" set
      "raw_quantity" = jsonb_build_object('value', "quantity"::text, 'precision', 20),
      "raw_covered_quantity" = jsonb_build_object('value', "covered_quantity"::text, 'precision', 20),
      "raw_overage_quantity" = jsonb_build_object('value', "overage_quantity"::text, 'precision', 20);`);
    this.addSql(`alter table if exists "service_allowance_usage"
      alter column "raw_quantity" set not null,
      alter column "raw_covered_quantity" set not null,
      alter column "raw_overage_quantity" set not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "service_allowance_usage"
      drop column if exists "raw_quantity", drop column if exists "raw_covered_quantity", drop column if exists "raw_overage_quantity",
      alter column "quantity" type real using "quantity"::real,
      alter column "covered_quantity" type real using "covered_quantity"::real,
      alter column "overage_quantity" type real using "overage_quantity"::real;`);
    this.addSql(`alter table if exists "service_allowance_balance"
      drop column if exists "raw_allowance", drop column if exists "raw_used",
      alter column "allowance" type real using "allowance"::real,
      alter column "used" type real using "used"::real;`);
    // The type changes kept the checks with their comparisons cast through numeric: as first created.
    this.addSql(`alter table if exists "service_allowance_balance" drop constraint if exists service_allowance_balance_used_check,
      add constraint service_allowance_balance_used_check check(used >= 0 AND used <= allowance);`);
    this.addSql(`alter table if exists "service_allowance_usage" drop constraint if exists service_allowance_usage_quantity_check,
      add constraint service_allowance_usage_quantity_check check(covered_quantity >= 0 AND overage_quantity >= 0);`);
  }

}
