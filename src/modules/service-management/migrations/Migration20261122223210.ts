import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122223210 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "service_task" drop constraint if exists "service_task_code_unique";`);
    this.addSql(`alter table if exists "service_stage_reason" drop constraint if exists "service_stage_reason_stage_code_unique";`);
    this.addSql(`alter table if exists "service_order" drop constraint if exists "service_order_number_unique";`);
    this.addSql(`alter table if exists "service_order" drop constraint if exists "service_order_display_id_unique";`);
    this.addSql(`alter table if exists "service_stage" drop constraint if exists "service_stage_code_unique";`);
    this.addSql(`alter table if exists "service_object" drop constraint if exists "service_object_variant_serial_unique";`);
    this.addSql(`alter table if exists "service_number_sequence" drop constraint if exists "service_number_sequence_scope_unique";`);
    this.addSql(`create table if not exists "service_number_sequence" ("id" text not null, "scope" text not null, "last_value" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "service_number_sequence_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_number_sequence_deleted_at" ON "service_number_sequence" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_service_number_sequence_scope_unique" ON "service_number_sequence" ("scope") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "service_object" ("id" text not null, "name" text not null, "customer_id" text not null, "product_variant_id" text null, "order_id" text null, "order_line_item_id" text null, "serial_number" text null, "warranty_end" timestamptz null, "installed_at" timestamptz null, "parent_id" text null, "address" jsonb null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "service_object_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_object_deleted_at" ON "service_object" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_object_customer_id" ON "service_object" ("customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_object_product_variant_id" ON "service_object" ("product_variant_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_object_order_id" ON "service_object" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_object_order_line_item_id" ON "service_object" ("order_line_item_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_object_parent_id" ON "service_object" ("parent_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_service_object_variant_serial_unique" ON "service_object" ("product_variant_id", "serial_number") WHERE deleted_at IS NULL AND serial_number IS NOT NULL;`);

    this.addSql(`create table if not exists "service_stage" ("id" text not null, "code" text not null, "name" text not null, "description" text null, "position" integer not null default 0, "color" text null, "is_initial" boolean not null default false, "is_terminal" boolean not null default false, "is_cancellation" boolean not null default false, "is_active" boolean not null default true, "allow_edit_lines" boolean not null default true, "allow_add_repair_lines" boolean not null default true, "allow_assign" boolean not null default true, "allow_post" boolean not null default false, "allow_customer_cancel" boolean not null default false, "customer_visible" boolean not null default true, "requires_reason" boolean not null default false, "next_stage_codes" text[] not null default '{}', "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "service_stage_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_stage_deleted_at" ON "service_stage" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_service_stage_code_unique" ON "service_stage" ("code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_stage_position" ON "service_stage" ("position") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "service_order" ("id" text not null, "display_id" integer not null, "number" text not null, "customer_id" text not null, "title" text null, "description" text null, "internal_note" text null, "priority" text check ("priority" in ('low', 'normal', 'high', 'urgent')) not null default 'normal', "channel" text check ("channel" in ('admin', 'storefront', 'agreement', 'return')) not null default 'admin', "currency_code" text not null, "address" jsonb null, "preferred_start" timestamptz null, "preferred_end" timestamptz null, "revenue_total" numeric not null default 0, "cost_total" numeric not null default 0, "margin_total" numeric not null default 0, "stage_changed_at" timestamptz null, "closed_at" timestamptz null, "canceled_at" timestamptz null, "created_by" text null, "metadata" jsonb null, "stage_id" text not null, "service_object_id" text null, "raw_revenue_total" jsonb not null default '{"value":"0","precision":20}', "raw_cost_total" jsonb not null default '{"value":"0","precision":20}', "raw_margin_total" jsonb not null default '{"value":"0","precision":20}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "service_order_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_order_stage_id" ON "service_order" ("stage_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_order_service_object_id" ON "service_order" ("service_object_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_order_deleted_at" ON "service_order" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_service_order_display_id_unique" ON "service_order" ("display_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_service_order_number_unique" ON "service_order" ("number") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_order_customer_id_created_at" ON "service_order" ("customer_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_order_stage_id_created_at" ON "service_order" ("stage_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_order_created_at" ON "service_order" ("created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_order_priority" ON "service_order" ("priority") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "service_order_line" ("id" text not null, "type" text check ("type" in ('hour', 'item', 'expense', 'fee')) not null, "description" text not null, "service_task_id" text null, "product_variant_id" text null, "technician_id" text null, "work_date" timestamptz null, "quantity" numeric not null, "unit_cost" numeric not null default 0, "unit_price" numeric not null default 0, "billable" boolean not null default true, "metadata" jsonb null, "service_order_id" text not null, "raw_quantity" jsonb not null, "raw_unit_cost" jsonb not null default '{"value":"0","precision":20}', "raw_unit_price" jsonb not null default '{"value":"0","precision":20}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "service_order_line_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_order_line_service_order_id" ON "service_order_line" ("service_order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_order_line_deleted_at" ON "service_order_line" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_order_line_service_task_id" ON "service_order_line" ("service_task_id") WHERE deleted_at IS NULL AND service_task_id IS NOT NULL;`);

    this.addSql(`create table if not exists "service_stage_reason" ("id" text not null, "code" text not null, "label" text not null, "is_active" boolean not null default true, "stage_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "service_stage_reason_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_stage_reason_stage_id" ON "service_stage_reason" ("stage_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_stage_reason_deleted_at" ON "service_stage_reason" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_service_stage_reason_stage_code_unique" ON "service_stage_reason" ("stage_id", "code") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "service_stage_transition" ("id" text not null, "from_stage_id" text null, "from_stage_code" text null, "to_stage_id" text not null, "to_stage_code" text not null, "reason_code" text null, "note" text null, "actor_type" text check ("actor_type" in ('user', 'customer', 'system')) not null, "actor_id" text null, "service_order_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "service_stage_transition_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_stage_transition_service_order_id" ON "service_stage_transition" ("service_order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_stage_transition_deleted_at" ON "service_stage_transition" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_stage_transition_service_order_id_created_at" ON "service_stage_transition" ("service_order_id", "created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "service_task" ("id" text not null, "code" text not null, "name" text not null, "description" text null, "default_duration_minutes" integer null, "default_unit_price" numeric null, "default_unit_cost" numeric null, "required_skills" text[] not null default '{}', "is_active" boolean not null default true, "metadata" jsonb null, "raw_default_unit_price" jsonb null, "raw_default_unit_cost" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "service_task_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_task_deleted_at" ON "service_task" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_service_task_code_unique" ON "service_task" ("code") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "service_order" add constraint "service_order_stage_id_foreign" foreign key ("stage_id") references "service_stage" ("id") on update cascade;`);
    this.addSql(`alter table if exists "service_order" add constraint "service_order_service_object_id_foreign" foreign key ("service_object_id") references "service_object" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table if exists "service_order_line" add constraint "service_order_line_service_order_id_foreign" foreign key ("service_order_id") references "service_order" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "service_stage_reason" add constraint "service_stage_reason_stage_id_foreign" foreign key ("stage_id") references "service_stage" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "service_stage_transition" add constraint "service_stage_transition_service_order_id_foreign" foreign key ("service_order_id") references "service_order" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "service_order" drop constraint if exists "service_order_service_object_id_foreign";`);

    this.addSql(`alter table if exists "service_order" drop constraint if exists "service_order_stage_id_foreign";`);

    this.addSql(`alter table if exists "service_stage_reason" drop constraint if exists "service_stage_reason_stage_id_foreign";`);

    this.addSql(`alter table if exists "service_order_line" drop constraint if exists "service_order_line_service_order_id_foreign";`);

    this.addSql(`alter table if exists "service_stage_transition" drop constraint if exists "service_stage_transition_service_order_id_foreign";`);

    this.addSql(`drop table if exists "service_number_sequence" cascade;`);

    this.addSql(`drop table if exists "service_object" cascade;`);

    this.addSql(`drop table if exists "service_stage" cascade;`);

    this.addSql(`drop table if exists "service_order" cascade;`);

    this.addSql(`drop table if exists "service_order_line" cascade;`);

    this.addSql(`drop table if exists "service_stage_reason" cascade;`);

    this.addSql(`drop table if exists "service_stage_transition" cascade;`);

    this.addSql(`drop table if exists "service_task" cascade;`);
  }

}
