import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/**
 * A "replace" disposition now sends its items as a Medusa claim (type replace) on the original
 * order, so the service return names that claim instead of a separate replacement order. The
 * orders made before keep their id in the return's metadata (`replacement_order_id`) as history.
 */
export class Migration20261205092000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`update "service_return" set "metadata" = coalesce("metadata", '{}'::jsonb) || jsonb_build_object('replacement_order_id', "replacement_order_id") where "replacement_order_id" is not null;`);
    this.addSql(`alter table if exists "service_return" drop column if exists "replacement_order_id";`);
    this.addSql(`alter table if exists "service_return" add column if not exists "replacement_claim_id" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "service_return" drop column if exists "replacement_claim_id";`);
    this.addSql(`alter table if exists "service_return" add column if not exists "replacement_order_id" text null;`);
    this.addSql(`update "service_return" set "replacement_order_id" = "metadata"->>'replacement_order_id' where "metadata" ? 'replacement_order_id';`);
  }

}
