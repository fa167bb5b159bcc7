import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/**
 * The partial index of custom-rule subscriptions on the cheaper test of a plain month step
 * (`calendarMonthsSql`: a match without capture groups, then the rule's parts by position instead
 * of two `regexp_match` calls). The same subscriptions; the predicate must stay the text of the
 * billing run's read for the planner to read them from this index.
 */
export class Migration20261208100000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`drop index if exists "IDX_service_subscription_custom_rule_id";`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_subscription_custom_rule_id" ON "service_subscription" ("id") WHERE deleted_at IS NULL AND frequency = 'rrule' AND (CASE frequency WHEN 'monthly' THEN 1 WHEN 'quarterly' THEN 3 WHEN 'yearly' THEN 12 WHEN 'rrule' THEN CASE WHEN extract(day FROM start_date AT TIME ZONE 'UTC') <= 28 AND rrule ~ '^(RRULE:){0,1}FREQ=(MONTHLY|YEARLY)(;INTERVAL=[1-9][0-9]{0,2}){0,1}$' THEN CASE WHEN strpos(rrule, 'FREQ=MONTHLY') > 0 THEN 1 ELSE 12 END * coalesce(nullif(split_part(rrule, 'INTERVAL=', 2), '')::int, 1) END END) IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_service_subscription_custom_rule_id";`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_subscription_custom_rule_id" ON "service_subscription" ("id") WHERE deleted_at IS NULL AND frequency = 'rrule' AND (CASE frequency WHEN 'monthly' THEN 1 WHEN 'quarterly' THEN 3 WHEN 'yearly' THEN 12 WHEN 'rrule' THEN CASE WHEN extract(day FROM start_date AT TIME ZONE 'UTC') <= 28 THEN CASE (regexp_match(rrule, '^(RRULE:){0,1}FREQ=(MONTHLY|YEARLY)(;INTERVAL=([1-9][0-9]{0,2})){0,1}$'))[2] WHEN 'MONTHLY' THEN 1 WHEN 'YEARLY' THEN 12 END * coalesce((regexp_match(rrule, '^(RRULE:){0,1}FREQ=(MONTHLY|YEARLY)(;INTERVAL=([1-9][0-9]{0,2})){0,1}$'))[4]::int, 1) END END) IS NULL;`);
  }

}
