import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123025206 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "service_subscription_fee_transaction" drop constraint if exists "service_subscription_fee_transaction_period_unique";`);
    this.addSql(`alter table if exists "service_subscription" drop constraint if exists "service_subscription_number_unique";`);
    this.addSql(`alter table if exists "service_subscription" drop constraint if exists "service_subscription_display_id_unique";`);
    this.addSql(`alter table if exists "service_subscription_group" drop constraint if exists "service_subscription_group_code_unique";`);
    this.addSql(`create table if not exists "service_billing_run" ("id" text not null, "as_of" timestamptz not null, "status" text check ("status" in ('running', 'completed', 'completed_with_errors', 'interrupted')) not null default 'running', "triggered_by" text null, "started_at" timestamptz not null, "finished_at" timestamptz null, "duration_ms" integer null, "transactions_created" integer not null default 0, "transactions_invoiced" integer not null default 0, "orders_created" integer not null default 0, "groups_total" integer not null default 0, "groups_done" integer not null default 0, "amounts" jsonb null, "errors" jsonb null, "recovered" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "service_billing_run_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_billing_run_deleted_at" ON "service_billing_run" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_billing_run_started_at" ON "service_billing_run" ("started_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "service_subscription_group" ("id" text not null, "code" text not null, "name" text not null, "description" text null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "service_subscription_group_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_subscription_group_deleted_at" ON "service_subscription_group" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_service_subscription_group_code_unique" ON "service_subscription_group" ("code") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "service_subscription" ("id" text not null, "display_id" integer not null, "number" text not null, "customer_id" text not null, "description" text not null, "agreement_id" text null, "product_variant_id" text null, "amount" numeric not null, "currency_code" text not null, "frequency" text check ("frequency" in ('monthly', 'quarterly', 'yearly', 'rrule')) not null, "rrule" text null, "billing_timing" text check ("billing_timing" in ('advance', 'arrears')) not null default 'advance', "start_date" timestamptz not null, "end_date" timestamptz null, "status" text check ("status" in ('active', 'paused', 'cancelled')) not null default 'active', "pauses" jsonb null, "cancel_from" timestamptz null, "cancelled_at" timestamptz null, "next_period_start" timestamptz null, "next_due_at" timestamptz null, "created_by" text null, "metadata" jsonb null, "group_id" text null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "service_subscription_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_subscription_group_id" ON "service_subscription" ("group_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_subscription_deleted_at" ON "service_subscription" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_service_subscription_display_id_unique" ON "service_subscription" ("display_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_service_subscription_number_unique" ON "service_subscription" ("number") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_subscription_customer_id_created_at" ON "service_subscription" ("customer_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_subscription_next_due_at" ON "service_subscription" ("next_due_at") WHERE deleted_at IS NULL AND next_due_at IS NOT NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_subscription_agreement_id" ON "service_subscription" ("agreement_id") WHERE deleted_at IS NULL AND agreement_id IS NOT NULL;`);

    this.addSql(`create table if not exists "service_subscription_fee_transaction" ("id" text not null, "customer_id" text not null, "currency_code" text not null, "period_start" timestamptz not null, "period_end" timestamptz not null, "due_at" timestamptz not null, "period_days" integer not null, "billable_days" integer not null, "full_amount" numeric not null, "amount" numeric not null, "status" text check ("status" in ('pending', 'invoicing', 'invoiced', 'credited')) not null default 'pending', "credit_amount" numeric null, "order_id" text null, "billing_run_id" text null, "invoiced_at" timestamptz null, "subscription_id" text not null, "raw_full_amount" jsonb not null, "raw_amount" jsonb not null, "raw_credit_amount" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "service_subscription_fee_transaction_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_subscription_fee_transaction_subscription_id" ON "service_subscription_fee_transaction" ("subscription_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_subscription_fee_transaction_deleted_at" ON "service_subscription_fee_transaction" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_service_subscription_fee_transaction_period_unique" ON "service_subscription_fee_transaction" ("subscription_id", "period_start") WHERE deleted_at IS NULL;`);
    // Money invariants in Postgres, not only in the validators.
    this.addSql(`alter table "service_subscription" add constraint "service_subscription_amount_positive" check ("amount" > 0);`);
    this.addSql(`alter table "service_subscription" add constraint "service_subscription_end_after_start" check ("end_date" is null or "end_date" > "start_date");`);
    this.addSql(`alter table "service_subscription_fee_transaction" add constraint "service_subscription_fee_transaction_amount_not_negative" check ("amount" >= 0 and "period_end" > "period_start");`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_subscription_fee_transaction_status_due_at" ON "service_subscription_fee_transaction" ("status", "due_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_subscription_fee_transaction_customer_id_currency_code" ON "service_subscription_fee_transaction" ("customer_id", "currency_code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_subscription_fee_transaction_order_id" ON "service_subscription_fee_transaction" ("order_id") WHERE deleted_at IS NULL AND order_id IS NOT NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_subscription_fee_transaction_billing_run_id" ON "service_subscription_fee_transaction" ("billing_run_id") WHERE deleted_at IS NULL AND billing_run_id IS NOT NULL;`);

    this.addSql(`alter table if exists "service_subscription" add constraint "service_subscription_group_id_foreign" foreign key ("group_id") references "service_subscription_group" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table if exists "service_subscription_fee_transaction" add constraint "service_subscription_fee_transaction_subscription_id_foreign" foreign key ("subscription_id") references "service_subscription" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "service_subscription" drop constraint if exists "service_subscription_group_id_foreign";`);

    this.addSql(`alter table if exists "service_subscription_fee_transaction" drop constraint if exists "service_subscription_fee_transaction_subscription_id_foreign";`);

    this.addSql(`drop table if exists "service_billing_run" cascade;`);

    this.addSql(`drop table if exists "service_subscription_group" cascade;`);

    this.addSql(`drop table if exists "service_subscription" cascade;`);

    this.addSql(`drop table if exists "service_subscription_fee_transaction" cascade;`);
  }

}
