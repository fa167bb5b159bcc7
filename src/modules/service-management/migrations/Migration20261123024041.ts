import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123024041 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "service_order" drop constraint if exists "service_order_posted_order_id_unique";`);
    this.addSql(`alter table if exists "service_order" add column if not exists "posted_at" timestamptz null, add column if not exists "posted_by" text null, add column if not exists "posted_order_id" text null;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_service_order_posted_order_id_unique" ON "service_order" ("posted_order_id") WHERE posted_order_id IS NOT NULL AND deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_service_order_posted_order_id_unique";`);
    this.addSql(`alter table if exists "service_order" drop column if exists "posted_at", drop column if exists "posted_by", drop column if exists "posted_order_id";`);
  }

}
