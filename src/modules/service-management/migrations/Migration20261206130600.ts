import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/**
 * An agreement line's allowance in numeric instead of real, like the balances it seeds (a float4
 * of 0.1 hours is not 0.1). The column changes type in place — its CHECK
 * (`service_agreement_line_allowance_check`) stays, as Postgres keeps it over a type change — and
 * gets Medusa's raw twin, filled from the values already stored.
 */
export class Migration20261206130600 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "service_agreement_line"
      alter column "allowance_quantity" type numeric using "allowance_quantity"::numeric,
      add column if not exists "raw_allowance_quantity" jsonb null;`);
    this.addSql(`update "service_agreement_line" set
      "raw_allowance_quantity" = jsonb_build_object('value', "allowance_quantity"::text, 'precision', 20)
      where "allowance_quantity" is not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "service_agreement_line"
      drop column if exists "raw_allowance_quantity",
      alter column "allowance_quantity" type real using "allowance_quantity"::real;`);
    // The type change kept the check with its comparison cast through numeric: as first created.
    this.addSql(`alter table if exists "service_agreement_line" drop constraint if exists service_agreement_line_allowance_check,
      add constraint service_agreement_line_allowance_check check((allowance_quantity IS NULL AND allowance_unit IS NULL AND allowance_period IS NULL) OR (allowance_quantity > 0 AND allowance_unit IS NOT NULL AND allowance_period IS NOT NULL));`);
  }

}
