import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123045436 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "service_technician" drop constraint if exists "service_technician_user_id_unique";`);
    this.addSql(`alter table if exists "service_skill" drop constraint if exists "service_skill_code_unique";`);
    this.addSql(`alter table if exists "service_dispatch_team" drop constraint if exists "service_dispatch_team_name_unique";`);
    this.addSql(`create table if not exists "service_dispatch_team" ("id" text not null, "name" text not null, "description" text null, "color" text null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "service_dispatch_team_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_dispatch_team_deleted_at" ON "service_dispatch_team" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_service_dispatch_team_name_unique" ON "service_dispatch_team" ("name") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "service_skill" ("id" text not null, "code" text not null, "name" text not null, "description" text null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "service_skill_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_skill_deleted_at" ON "service_skill" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_service_skill_code_unique" ON "service_skill" ("code") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "service_technician" ("id" text not null, "user_id" text null, "first_name" text not null, "last_name" text null, "email" text null, "phone" text null, "color" text null, "skills" text[] not null default '{}', "timezone" text not null, "working_hours" jsonb not null, "is_active" boolean not null default true, "metadata" jsonb null, "team_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "service_technician_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_technician_team_id" ON "service_technician" ("team_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_technician_deleted_at" ON "service_technician" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_service_technician_user_id_unique" ON "service_technician" ("user_id") WHERE deleted_at IS NULL AND user_id IS NOT NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_technician_last_name_first_name" ON "service_technician" ("last_name", "first_name") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "service_assignment" ("id" text not null, "service_order_line_id" text null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "status" text check ("status" in ('planned', 'in_progress', 'done', 'cancelled')) not null default 'planned', "note" text null, "overrides" text[] not null default '{}', "override_note" text null, "created_by" text null, "metadata" jsonb null, "service_order_id" text not null, "technician_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "service_assignment_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_assignment_service_order_id" ON "service_assignment" ("service_order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_assignment_technician_id" ON "service_assignment" ("technician_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_assignment_deleted_at" ON "service_assignment" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_assignment_technician_id_starts_at" ON "service_assignment" ("technician_id", "starts_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_assignment_starts_at" ON "service_assignment" ("starts_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "service_technician_absence" ("id" text not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "reason" text check ("reason" in ('vacation', 'sick', 'training', 'other')) not null default 'other', "note" text null, "technician_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "service_technician_absence_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_technician_absence_technician_id" ON "service_technician_absence" ("technician_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_technician_absence_deleted_at" ON "service_technician_absence" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_technician_absence_technician_id_starts_at" ON "service_technician_absence" ("technician_id", "starts_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "service_technician" add constraint "service_technician_team_id_foreign" foreign key ("team_id") references "service_dispatch_team" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table if exists "service_assignment" add constraint "service_assignment_service_order_id_foreign" foreign key ("service_order_id") references "service_order" ("id") on update cascade;`);
    this.addSql(`alter table if exists "service_assignment" add constraint "service_assignment_technician_id_foreign" foreign key ("technician_id") references "service_technician" ("id") on update cascade;`);

    this.addSql(`alter table if exists "service_technician_absence" add constraint "service_technician_absence_technician_id_foreign" foreign key ("technician_id") references "service_technician" ("id") on update cascade;`);

    this.addSql(`alter table if exists "service_assignment" add constraint "service_assignment_window_check" check (ends_at > starts_at);`);
    this.addSql(`alter table if exists "service_technician_absence" add constraint "service_technician_absence_window_check" check (ends_at > starts_at);`);
    // Two live windows of one technician may not overlap, also when two dispatchers book at once:
    // the second insert fails in Postgres (SQLSTATE 23P01). Half-open ranges let blocks touch.
    // btree_gist gives gist the "=" on technician_id.
    this.addSql(`CREATE EXTENSION IF NOT EXISTS btree_gist;`);
    this.addSql(`alter table if exists "service_assignment" add constraint "service_assignment_no_overlap" EXCLUDE USING gist ("technician_id" WITH =, tstzrange("starts_at", "ends_at", '[)') WITH &&) WHERE (deleted_at IS NULL AND status <> 'cancelled');`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "service_assignment" drop constraint if exists "service_assignment_no_overlap";`);
    this.addSql(`alter table if exists "service_technician" drop constraint if exists "service_technician_team_id_foreign";`);

    this.addSql(`alter table if exists "service_assignment" drop constraint if exists "service_assignment_technician_id_foreign";`);

    this.addSql(`alter table if exists "service_technician_absence" drop constraint if exists "service_technician_absence_technician_id_foreign";`);

    this.addSql(`drop table if exists "service_dispatch_team" cascade;`);

    this.addSql(`drop table if exists "service_skill" cascade;`);

    this.addSql(`drop table if exists "service_technician" cascade;`);

    this.addSql(`drop table if exists "service_assignment" cascade;`);

    this.addSql(`drop table if exists "service_technician_absence" cascade;`);
  }

}
