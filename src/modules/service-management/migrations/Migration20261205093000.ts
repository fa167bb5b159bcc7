import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/**
 * The fee listing (subscription fee transactions by transaction) pages in (period_start, id)
 * order: with id in the key a page is read from the index and stops after its rows, where many
 * fees share a period start. Its count and totals per currency read the period range: the
 * INCLUDE columns (the DML model declares the index without them, under the same name) make that
 * an index-only scan rather than a read of every fee of the range.
 */
export class Migration20261205093000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`DROP INDEX IF EXISTS "IDX_service_subscription_fee_transaction_period_start";`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_subscription_fee_transaction_period_start" ON "service_subscription_fee_transaction" ("period_start", "id") INCLUDE ("currency_code", "status", "amount", "credit_amount") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`DROP INDEX IF EXISTS "IDX_service_subscription_fee_transaction_period_start";`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_subscription_fee_transaction_period_start" ON "service_subscription_fee_transaction" ("period_start") WHERE deleted_at IS NULL;`);
  }

}
