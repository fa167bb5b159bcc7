import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123051039 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "service_role" drop constraint if exists "service_role_user_id_unique";`);
    this.addSql(`create table if not exists "service_role" ("id" text not null, "user_id" text not null, "role" text check ("role" in ('service_manager', 'dispatcher', 'technician', 'consultant')) not null, "created_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "service_role_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_role_deleted_at" ON "service_role" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_service_role_user_id_unique" ON "service_role" ("user_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "service_role" cascade;`);
  }

}
