import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/**
 * The billing cursor (next_period_start, next_due_at) moves from the wide, many-indexed
 * subscription row into a narrow table of its own, keyed from the subscription (cursor_id): a
 * billing run then updates only the cursor's row and its three indexes. Every subscription,
 * soft-deleted ones included, gets its cursor (same timestamps, id after the subscription's).
 */
export class Migration20261207090000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "service_subscription_cursor" ("id" text not null, "next_period_start" timestamptz null, "next_due_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "service_subscription_cursor_pkey" primary key ("id"));`);
    this.addSql(`insert into "service_subscription_cursor" ("id", "next_period_start", "next_due_at", "created_at", "updated_at", "deleted_at")
      select 'ssubcur_' || regexp_replace("id", '^ssub_', ''), "next_period_start", "next_due_at", "created_at", "updated_at", "deleted_at" from "service_subscription";`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_subscription_cursor_deleted_at" ON "service_subscription_cursor" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_subscription_cursor_next_due_at" ON "service_subscription_cursor" ("next_due_at") WHERE deleted_at IS NULL AND next_due_at IS NOT NULL;`);

    this.addSql(`alter table if exists "service_subscription" add column if not exists "cursor_id" text null;`);
    this.addSql(`update "service_subscription" set "cursor_id" = 'ssubcur_' || regexp_replace("id", '^ssub_', '');`);
    this.addSql(`alter table if exists "service_subscription" alter column "cursor_id" set not null;`);
    this.addSql(`alter table if exists "service_subscription" add constraint "service_subscription_cursor_id_foreign" foreign key ("cursor_id") references "service_subscription_cursor" ("id") on update cascade;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_service_subscription_cursor_id_unique" ON "service_subscription" ("cursor_id") WHERE deleted_at IS NULL;`);

    this.addSql(`drop index if exists "IDX_service_subscription_next_due_at";`);
    this.addSql(`alter table if exists "service_subscription" drop column if exists "next_period_start", drop column if exists "next_due_at";`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "service_subscription" add column if not exists "next_period_start" timestamptz null, add column if not exists "next_due_at" timestamptz null;`);
    this.addSql(`update "service_subscription" s set "next_period_start" = c."next_period_start", "next_due_at" = c."next_due_at" from "service_subscription_cursor" c where c."id" = s."cursor_id";`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_subscription_next_due_at" ON "service_subscription" ("next_due_at") WHERE deleted_at IS NULL AND next_due_at IS NOT NULL;`);

    this.addSql(`drop index if exists "IDX_service_subscription_cursor_id_unique";`);
    this.addSql(`alter table if exists "service_subscription" drop constraint if exists "service_subscription_cursor_id_foreign";`);
    this.addSql(`alter table if exists "service_subscription" drop column if exists "cursor_id";`);

    this.addSql(`drop table if exists "service_subscription_cursor" cascade;`);
  }

}
