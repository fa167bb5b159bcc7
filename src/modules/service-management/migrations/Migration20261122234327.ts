import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122234327 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "service_agreement_occurrence" drop constraint if exists "service_agreement_occurrence_line_date_unique";`);
    this.addSql(`alter table if exists "service_sla_customer_group" drop constraint if exists "service_sla_customer_group_group_unique";`);
    this.addSql(`alter table if exists "service_agreement" drop constraint if exists "service_agreement_number_unique";`);
    this.addSql(`alter table if exists "service_agreement" drop constraint if exists "service_agreement_display_id_unique";`);
    this.addSql(`alter table if exists "service_level_agreement" drop constraint if exists "service_level_agreement_default_unique";`);
    this.addSql(`alter table if exists "service_level_agreement" drop constraint if exists "service_level_agreement_code_unique";`);
    this.addSql(`create table if not exists "service_level_agreement" ("id" text not null, "code" text not null, "name" text not null, "description" text null, "response_minutes" integer not null, "resolution_minutes" integer not null, "timezone" text not null, "working_hours" jsonb not null, "holidays" jsonb null, "is_default" boolean not null default false, "is_active" boolean not null default true, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "service_level_agreement_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_level_agreement_deleted_at" ON "service_level_agreement" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_service_level_agreement_code_unique" ON "service_level_agreement" ("code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_service_level_agreement_default_unique" ON "service_level_agreement" ("is_default") WHERE is_default = true AND deleted_at IS NULL;`);

    this.addSql(`create table if not exists "service_agreement" ("id" text not null, "display_id" integer not null, "number" text not null, "customer_id" text null, "name" text not null, "description" text null, "status" text check ("status" in ('draft', 'active', 'suspended', 'expired', 'cancelled')) not null default 'draft', "valid_from" timestamptz not null, "valid_to" timestamptz null, "agreement_group" text null, "currency_code" text not null, "is_template" boolean not null default false, "template_id" text null, "suspensions" jsonb null, "activated_at" timestamptz null, "suspended_at" timestamptz null, "expired_at" timestamptz null, "cancelled_at" timestamptz null, "created_by" text null, "metadata" jsonb null, "sla_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "service_agreement_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_agreement_sla_id" ON "service_agreement" ("sla_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_agreement_deleted_at" ON "service_agreement" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_service_agreement_display_id_unique" ON "service_agreement" ("display_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_service_agreement_number_unique" ON "service_agreement" ("number") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_agreement_customer_id_created_at" ON "service_agreement" ("customer_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_agreement_status_id" ON "service_agreement" ("status", "id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_agreement_agreement_group" ON "service_agreement" ("agreement_group") WHERE deleted_at IS NULL AND agreement_group IS NOT NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_agreement_template_id" ON "service_agreement" ("template_id") WHERE deleted_at IS NULL AND template_id IS NOT NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_agreement_created_at" ON "service_agreement" ("created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "service_agreement_line" ("id" text not null, "type" text check ("type" in ('hour', 'item', 'expense', 'fee')) not null, "description" text not null, "service_object_id" text null, "service_task_id" text null, "quantity" numeric not null, "unit_price" numeric not null default 0, "unit_cost" numeric not null default 0, "recurrence" text null, "valid_from" timestamptz null, "valid_to" timestamptz null, "metadata" jsonb null, "agreement_id" text not null, "raw_quantity" jsonb not null, "raw_unit_price" jsonb not null default '{"value":"0","precision":20}', "raw_unit_cost" jsonb not null default '{"value":"0","precision":20}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "service_agreement_line_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_agreement_line_agreement_id" ON "service_agreement_line" ("agreement_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_agreement_line_deleted_at" ON "service_agreement_line" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_agreement_line_service_object_id" ON "service_agreement_line" ("service_object_id") WHERE deleted_at IS NULL AND service_object_id IS NOT NULL;`);

    this.addSql(`create table if not exists "service_sla_customer_group" ("id" text not null, "customer_group_id" text not null, "sla_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "service_sla_customer_group_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_sla_customer_group_sla_id" ON "service_sla_customer_group" ("sla_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_sla_customer_group_deleted_at" ON "service_sla_customer_group" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_service_sla_customer_group_group_unique" ON "service_sla_customer_group" ("customer_group_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "service_sla_event" ("id" text not null, "type" text check ("type" in ('start', 'pause', 'resume', 'stop')) not null, "metric" text check ("metric" in ('response', 'resolution')) null, "reason_code" text null, "note" text null, "source" text check ("source" in ('manual', 'stage', 'system')) not null default 'manual', "actor_type" text check ("actor_type" in ('user', 'customer', 'system')) not null default 'system', "actor_id" text null, "occurred_at" timestamptz not null, "service_order_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "service_sla_event_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_sla_event_service_order_id" ON "service_sla_event" ("service_order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_sla_event_deleted_at" ON "service_sla_event" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_sla_event_service_order_id_occurred_at" ON "service_sla_event" ("service_order_id", "occurred_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "service_agreement_occurrence" ("id" text not null, "occurrence_date" timestamptz not null, "agreement_id" text not null, "agreement_line_id" text not null, "service_order_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "service_agreement_occurrence_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_agreement_occurrence_agreement_line_id" ON "service_agreement_occurrence" ("agreement_line_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_agreement_occurrence_service_order_id" ON "service_agreement_occurrence" ("service_order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_agreement_occurrence_deleted_at" ON "service_agreement_occurrence" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_service_agreement_occurrence_line_date_unique" ON "service_agreement_occurrence" ("agreement_line_id", "occurrence_date") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_agreement_occurrence_agreement_id_occurrence_date" ON "service_agreement_occurrence" ("agreement_id", "occurrence_date") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "service_agreement" add constraint "service_agreement_sla_id_foreign" foreign key ("sla_id") references "service_level_agreement" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table if exists "service_agreement_line" add constraint "service_agreement_line_agreement_id_foreign" foreign key ("agreement_id") references "service_agreement" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "service_sla_customer_group" add constraint "service_sla_customer_group_sla_id_foreign" foreign key ("sla_id") references "service_level_agreement" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "service_sla_event" add constraint "service_sla_event_service_order_id_foreign" foreign key ("service_order_id") references "service_order" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "service_agreement_occurrence" add constraint "service_agreement_occurrence_agreement_line_id_foreign" foreign key ("agreement_line_id") references "service_agreement_line" ("id") on update cascade;`);
    this.addSql(`alter table if exists "service_agreement_occurrence" add constraint "service_agreement_occurrence_service_order_id_foreign" foreign key ("service_order_id") references "service_order" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table if exists "service_stage" add column if not exists "sla_action" text check ("sla_action" in ('respond', 'resolve', 'pause', 'resume')) null;`);
    // Stages created from the defaults before SLAs existed get the defaults' SLA actions.
    this.addSql(`update "service_stage" set "sla_action" = 'respond' where "code" in ('scheduled', 'in_progress') and "sla_action" is null and "deleted_at" is null;`);
    this.addSql(`update "service_stage" set "sla_action" = 'resolve' where "code" = 'completed' and "sla_action" is null and "deleted_at" is null;`);

    this.addSql(`alter table if exists "service_order" add column if not exists "response_due_at" timestamptz null, add column if not exists "resolution_due_at" timestamptz null, add column if not exists "responded_at" timestamptz null, add column if not exists "resolved_at" timestamptz null, add column if not exists "sla_paused_at" timestamptz null, add column if not exists "response_breached_at" timestamptz null, add column if not exists "resolution_breached_at" timestamptz null, add column if not exists "agreement_id" text null, add column if not exists "sla_id" text null;`);
    this.addSql(`alter table if exists "service_order" add constraint "service_order_agreement_id_foreign" foreign key ("agreement_id") references "service_agreement" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table if exists "service_order" add constraint "service_order_sla_id_foreign" foreign key ("sla_id") references "service_level_agreement" ("id") on update cascade on delete set null;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_order_agreement_id" ON "service_order" ("agreement_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_order_sla_id" ON "service_order" ("sla_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_order_response_due_at" ON "service_order" ("response_due_at") WHERE deleted_at IS NULL AND response_breached_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_order_resolution_due_at" ON "service_order" ("resolution_due_at") WHERE deleted_at IS NULL AND resolution_breached_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_order_response_breached_at" ON "service_order" ("response_breached_at") WHERE deleted_at IS NULL AND response_breached_at IS NOT NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_order_resolution_breached_at" ON "service_order" ("resolution_breached_at") WHERE deleted_at IS NULL AND resolution_breached_at IS NOT NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "service_agreement" drop constraint if exists "service_agreement_sla_id_foreign";`);

    this.addSql(`alter table if exists "service_sla_customer_group" drop constraint if exists "service_sla_customer_group_sla_id_foreign";`);

    this.addSql(`alter table if exists "service_order" drop constraint if exists "service_order_sla_id_foreign";`);

    this.addSql(`alter table if exists "service_agreement_line" drop constraint if exists "service_agreement_line_agreement_id_foreign";`);

    this.addSql(`alter table if exists "service_order" drop constraint if exists "service_order_agreement_id_foreign";`);

    this.addSql(`alter table if exists "service_agreement_occurrence" drop constraint if exists "service_agreement_occurrence_agreement_line_id_foreign";`);

    this.addSql(`drop table if exists "service_level_agreement" cascade;`);

    this.addSql(`drop table if exists "service_agreement" cascade;`);

    this.addSql(`drop table if exists "service_agreement_line" cascade;`);

    this.addSql(`drop table if exists "service_sla_customer_group" cascade;`);

    this.addSql(`drop table if exists "service_sla_event" cascade;`);

    this.addSql(`drop table if exists "service_agreement_occurrence" cascade;`);

    this.addSql(`alter table if exists "service_stage" drop column if exists "sla_action";`);

    this.addSql(`drop index if exists "IDX_service_order_agreement_id";`);
    this.addSql(`drop index if exists "IDX_service_order_sla_id";`);
    this.addSql(`drop index if exists "IDX_service_order_response_due_at";`);
    this.addSql(`drop index if exists "IDX_service_order_resolution_due_at";`);
    this.addSql(`drop index if exists "IDX_service_order_response_breached_at";`);
    this.addSql(`drop index if exists "IDX_service_order_resolution_breached_at";`);
    this.addSql(`alter table if exists "service_order" drop column if exists "response_due_at", drop column if exists "resolution_due_at", drop column if exists "responded_at", drop column if exists "resolved_at", drop column if exists "sla_paused_at", drop column if exists "response_breached_at", drop column if exists "resolution_breached_at", drop column if exists "agreement_id", drop column if exists "sla_id";`);
  }

}
