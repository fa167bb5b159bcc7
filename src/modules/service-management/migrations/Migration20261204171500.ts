import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/** A subscription's end date is its last billed day: a one-day subscription ends on its start date. */
export class Migration20261204171500 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "service_subscription" drop constraint if exists "service_subscription_end_after_start";`);
    this.addSql(`alter table if exists "service_subscription" add constraint "service_subscription_end_after_start" check ("end_date" is null or "end_date" >= "start_date");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "service_subscription" drop constraint if exists "service_subscription_end_after_start";`);
    this.addSql(`alter table if exists "service_subscription" add constraint "service_subscription_end_after_start" check ("end_date" is null or "end_date" > "start_date") not valid;`);
  }

}
