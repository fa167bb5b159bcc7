import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/**
 * Reports: the SLA's actual business minutes kept on the order when each target is met, and
 * indexes for the reports' filters (agreement, SLA, posting and closing dates, line technician,
 * fee period) and the first-time-fix repeat look-up (service object, created_at), which replaces
 * the service object index it extends.
 */
export class Migration20261205021326 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "service_order" add column if not exists "response_actual_minutes" real null, add column if not exists "resolution_actual_minutes" real null;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_order_service_object_id_created_at" ON "service_order" ("service_object_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`drop index if exists "IDX_service_order_service_object_id";`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_order_agreement_id_created_at" ON "service_order" ("agreement_id", "created_at") WHERE deleted_at IS NULL AND agreement_id IS NOT NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_order_sla_id_created_at" ON "service_order" ("sla_id", "created_at") WHERE deleted_at IS NULL AND sla_id IS NOT NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_order_posted_at" ON "service_order" ("posted_at") WHERE deleted_at IS NULL AND posted_at IS NOT NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_order_closed_at" ON "service_order" ("closed_at") WHERE deleted_at IS NULL AND closed_at IS NOT NULL;`);

    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_order_line_technician_id" ON "service_order_line" ("technician_id") WHERE deleted_at IS NULL AND technician_id IS NOT NULL;`);

    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_subscription_fee_transaction_period_start" ON "service_subscription_fee_transaction" ("period_start") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_order_service_object_id" ON "service_order" ("service_object_id") WHERE deleted_at IS NULL;`);
    this.addSql(`drop index if exists "IDX_service_order_service_object_id_created_at";`);
    this.addSql(`drop index if exists "IDX_service_order_agreement_id_created_at";`);
    this.addSql(`drop index if exists "IDX_service_order_sla_id_created_at";`);
    this.addSql(`drop index if exists "IDX_service_order_posted_at";`);
    this.addSql(`drop index if exists "IDX_service_order_closed_at";`);
    this.addSql(`alter table if exists "service_order" drop column if exists "response_actual_minutes", drop column if exists "resolution_actual_minutes";`);

    this.addSql(`drop index if exists "IDX_service_order_line_technician_id";`);

    this.addSql(`drop index if exists "IDX_service_subscription_fee_transaction_period_start";`);
  }

}
