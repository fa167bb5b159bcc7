import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/**
 * Invoicing's index: pending fees by customer, currency and due date, so a billing run finds its
 * invoices with a skip scan and each claim reads only that customer's due fees, instead of every
 * pending fee due (which a customer refused every run keeps growing). Replaces (status, due_at).
 */
export class Migration20261207021000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`drop index if exists "IDX_service_subscription_fee_transaction_status_due_at";`);

    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_subscription_fee_transaction_invoicing" ON "service_subscription_fee_transaction" ("status", "customer_id", "currency_code", "due_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_service_subscription_fee_transaction_invoicing";`);

    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_subscription_fee_transaction_status_due_at" ON "service_subscription_fee_transaction" ("status", "due_at") WHERE deleted_at IS NULL;`);
  }

}
