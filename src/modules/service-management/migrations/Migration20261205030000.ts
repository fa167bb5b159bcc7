import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/**
 * Indexes for pages that must not grow with the table:
 * - the admin list filters by priority and sorts newest first: (priority, created_at) answers a
 *   page from the index instead of sorting every order of that priority;
 * - the dispatch queue (src/api/admin/dispatch-board/board.ts) sorts open orders by SLA urgency,
 *   priority and age: the same expressions, indexed over open orders, let it read the first 100
 *   in order instead of sorting all of them. (An expression index: the DML model cannot declare it.)
 */
export class Migration20261205030000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`DROP INDEX IF EXISTS "IDX_service_order_priority";`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_order_priority_created_at" ON "service_order" ("priority", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_order_dispatch_queue" ON "service_order" ((least(CASE WHEN responded_at IS NULL THEN response_due_at END, CASE WHEN resolved_at IS NULL THEN resolution_due_at END)), (CASE priority WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 WHEN 'normal' THEN 2 ELSE 3 END), created_at, id) WHERE deleted_at IS NULL AND canceled_at IS NULL AND closed_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`DROP INDEX IF EXISTS "IDX_service_order_dispatch_queue";`);
    this.addSql(`DROP INDEX IF EXISTS "IDX_service_order_priority_created_at";`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_order_priority" ON "service_order" ("priority") WHERE deleted_at IS NULL;`);
  }

}
