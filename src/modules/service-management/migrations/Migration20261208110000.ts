import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/**
 * The allowance checks again, on the numeric columns. They were created when the quantities were
 * `real` (Migration20261205053013); Postgres kept them over the columns' change to numeric
 * (Migration20261205091000, Migration20261206130600) with their comparisons still cast to
 * double precision — `(used)::double precision >= (0)::double precision` — so a quantity past a
 * double's range failed the cast instead of the check. Recreated from the models' expressions.
 */
const CHECKS: [table: string, name: string, expression: string][] = [
  [
    "service_agreement_line",
    "service_agreement_line_allowance_check",
    "(allowance_quantity IS NULL AND allowance_unit IS NULL AND allowance_period IS NULL) OR (allowance_quantity > 0 AND allowance_unit IS NOT NULL AND allowance_period IS NOT NULL)",
  ],
  ["service_allowance_balance", "service_allowance_balance_used_check", "used >= 0 AND used <= allowance"],
  ["service_allowance_usage", "service_allowance_usage_quantity_check", "covered_quantity >= 0 AND overage_quantity >= 0"],
];

/** The same expressions compared as the `real` columns compared them, for `down`. */
const AS_REAL: Record<string, string> = {
  service_agreement_line_allowance_check:
    "(allowance_quantity IS NULL AND allowance_unit IS NULL AND allowance_period IS NULL) OR (allowance_quantity::double precision > 0::double precision AND allowance_unit IS NOT NULL AND allowance_period IS NOT NULL)",
  service_allowance_balance_used_check: "used::double precision >= 0::double precision AND used <= allowance",
  service_allowance_usage_quantity_check:
    "covered_quantity::double precision >= 0::double precision AND overage_quantity::double precision >= 0::double precision",
};

export class Migration20261208110000 extends Migration {

  override async up(): Promise<void> {
    for (const [table, name, expression] of CHECKS) {
      this.addSql(`alter table if exists "${table}" drop constraint if exists ${name}, add constraint ${name} check(${expression});`);
    }
  }

  override async down(): Promise<void> {
    for (const [table, name] of CHECKS) {
      this.addSql(`alter table if exists "${table}" drop constraint if exists ${name}, add constraint ${name} check(${AS_REAL[name]});`);
    }
  }

}
