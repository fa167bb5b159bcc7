import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/**
 * The SLA compliance report's totals read every order's actual response and resolution minutes
 * (for the percentiles, which the groups cannot add up to): the (sla_id, created_at) index
 * carries them, so that pass is an index-only scan rather than a second read of the orders.
 * (INCLUDE columns: the DML model declares the index without them, under the same name.)
 */
export class Migration20261205060000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`DROP INDEX IF EXISTS "IDX_service_order_sla_id_created_at";`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_order_sla_id_created_at" ON "service_order" ("sla_id", "created_at") INCLUDE ("response_actual_minutes", "resolution_actual_minutes") WHERE deleted_at IS NULL AND sla_id IS NOT NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`DROP INDEX IF EXISTS "IDX_service_order_sla_id_created_at";`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_order_sla_id_created_at" ON "service_order" ("sla_id", "created_at") WHERE deleted_at IS NULL AND sla_id IS NOT NULL;`);
  }

}
