import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123063723 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "service_return" drop constraint if exists "service_return_return_id_unique";`);
    this.addSql(`alter table if exists "service_return" drop constraint if exists "service_return_number_unique";`);
    this.addSql(`alter table if exists "service_return" drop constraint if exists "service_return_display_id_unique";`);
    this.addSql(`create table if not exists "service_return" ("id" text not null, "display_id" integer not null, "number" text not null, "order_id" text not null, "customer_id" text null, "status" text check ("status" in ('requested', 'approved', 'received', 'in_repair', 'resolved', 'rejected')) not null default 'requested', "reason" text null, "channel" text check ("channel" in ('admin', 'storefront')) not null default 'admin', "return_id" text null, "service_order_id" text null, "exchange_id" text null, "replacement_order_id" text null, "refund_amount" numeric null, "credit_pending_amount" numeric null, "requested_at" timestamptz not null, "approved_at" timestamptz null, "received_at" timestamptz null, "resolved_at" timestamptz null, "rejected_at" timestamptz null, "created_by" text null, "metadata" jsonb null, "raw_refund_amount" jsonb null, "raw_credit_pending_amount" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "service_return_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_return_deleted_at" ON "service_return" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_service_return_display_id_unique" ON "service_return" ("display_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_service_return_number_unique" ON "service_return" ("number") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_service_return_return_id_unique" ON "service_return" ("return_id") WHERE deleted_at IS NULL AND return_id IS NOT NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_return_order_id_created_at" ON "service_return" ("order_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_return_customer_id_created_at" ON "service_return" ("customer_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_return_status_created_at" ON "service_return" ("status", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_return_created_at" ON "service_return" ("created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "service_return_item" ("id" text not null, "order_line_item_id" text not null, "quantity" integer not null, "serial_number" text null, "service_object_id" text null, "disposition" text check ("disposition" in ('repair_and_return', 'replace', 'credit', 'scrap')) not null, "reason" text null, "under_warranty" boolean not null default false, "service_return_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "service_return_item_pkey" primary key ("id"), constraint service_return_item_quantity_positive check (quantity > 0));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_return_item_service_return_id" ON "service_return_item" ("service_return_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_return_item_deleted_at" ON "service_return_item" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_return_item_order_line_item_id" ON "service_return_item" ("order_line_item_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_return_item_service_object_id" ON "service_return_item" ("service_object_id") WHERE deleted_at IS NULL AND service_object_id IS NOT NULL;`);

    this.addSql(`create table if not exists "service_return_status_change" ("id" text not null, "from_status" text check ("from_status" in ('requested', 'approved', 'received', 'in_repair', 'resolved', 'rejected')) null, "to_status" text check ("to_status" in ('requested', 'approved', 'received', 'in_repair', 'resolved', 'rejected')) not null, "actor_type" text check ("actor_type" in ('user', 'customer', 'system')) not null default 'system', "actor_id" text null, "note" text null, "service_return_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "service_return_status_change_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_return_status_change_service_return_id" ON "service_return_status_change" ("service_return_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_return_status_change_deleted_at" ON "service_return_status_change" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_return_status_change_service_return_id_created_at" ON "service_return_status_change" ("service_return_id", "created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "service_return_item" add constraint "service_return_item_service_return_id_foreign" foreign key ("service_return_id") references "service_return" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "service_return_status_change" add constraint "service_return_status_change_service_return_id_foreign" foreign key ("service_return_id") references "service_return" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "service_return_item" drop constraint if exists "service_return_item_service_return_id_foreign";`);

    this.addSql(`alter table if exists "service_return_status_change" drop constraint if exists "service_return_status_change_service_return_id_foreign";`);

    this.addSql(`drop table if exists "service_return" cascade;`);

    this.addSql(`drop table if exists "service_return_item" cascade;`);

    this.addSql(`drop table if exists "service_return_status_change" cascade;`);
  }

}
