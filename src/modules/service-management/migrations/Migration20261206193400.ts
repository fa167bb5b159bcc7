import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/**
 * The billing run's read of custom-RRULE subscriptions (keyset by id) in a partial index of those
 * subscriptions only, instead of a scan of every due subscription.
 */
export class Migration20261206193400 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_subscription_rrule_id" ON "service_subscription" ("id") WHERE deleted_at IS NULL AND frequency = 'rrule';`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_service_subscription_rrule_id";`);
  }

}
