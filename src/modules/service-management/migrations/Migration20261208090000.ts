import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/**
 * The partial index of RRULE subscriptions keeps only those a billing run bills in Node (a custom
 * rule, not a plain month step): the run's read of them no longer visits the rows of the RRULE
 * subscriptions billed in SQL, which the same run has just moved (75 ms for 1,000 of them).
 */
export class Migration20261208090000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`drop index if exists "IDX_service_subscription_rrule_id";`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_subscription_custom_rule_id" ON "service_subscription" ("id") WHERE deleted_at IS NULL AND frequency = 'rrule' AND (CASE frequency WHEN 'monthly' THEN 1 WHEN 'quarterly' THEN 3 WHEN 'yearly' THEN 12 WHEN 'rrule' THEN CASE WHEN extract(day FROM start_date AT TIME ZONE 'UTC') <= 28 THEN CASE (regexp_match(rrule, '^(RRULE:){0,1}FREQ=(MONTHLY|YEARLY)(;INTERVAL=([1-9][0-9]{0,2})){0,1}$'))[2] WHEN 'MONTHLY' THEN 1 WHEN 'YEARLY' THEN 12 END * coalesce((regexp_match(rrule, '^(RRULE:){0,1}FREQ=(MONTHLY|YEARLY)(;INTERVAL=([1-9][0-9]{0,2})){0,1}$'))[4]::int, 1) END END) IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_service_subscription_custom_rule_id";`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_subscription_rrule_id" ON "service_subscription" ("id") WHERE deleted_at IS NULL AND frequency = 'rrule';`);
  }

}
