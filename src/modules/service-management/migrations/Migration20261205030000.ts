import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/**
 * The admin list filters by priority and sorts newest first: (priority, created_at) answers a page
 * from the index instead of sorting every order of that priority.
 */
export class Migration20261205030000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`DROP INDEX IF EXISTS "IDX_service_order_priority";`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_order_priority_created_at" ON "service_order" ("priority", "created_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`DROP INDEX IF EXISTS "IDX_service_order_priority_created_at";`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_order_priority" ON "service_order" ("priority") WHERE deleted_at IS NULL;`);
  }

}
