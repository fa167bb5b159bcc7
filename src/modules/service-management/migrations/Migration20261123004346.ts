import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123004346 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "service_repair_code" drop constraint if exists "service_repair_code_kind_code_unique";`);
    this.addSql(`alter table if exists "service_bom_version" drop constraint if exists "service_bom_version_bom_version_unique";`);
    this.addSql(`alter table if exists "service_bom" drop constraint if exists "service_bom_variant_unique";`);
    this.addSql(`alter table if exists "service_bom" drop constraint if exists "service_bom_product_unique";`);
    this.addSql(`create table if not exists "service_bom" ("id" text not null, "product_id" text not null, "variant_id" text null, "name" text not null, "description" text null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "service_bom_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_bom_deleted_at" ON "service_bom" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_service_bom_product_unique" ON "service_bom" ("product_id") WHERE deleted_at IS NULL AND variant_id IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_service_bom_variant_unique" ON "service_bom" ("variant_id") WHERE deleted_at IS NULL AND variant_id IS NOT NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_bom_product_id_created_at" ON "service_bom" ("product_id", "created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "service_bom_version" ("id" text not null, "version" integer not null, "status" text check ("status" in ('draft', 'approved', 'retired')) not null default 'draft', "valid_from" timestamptz not null, "valid_to" timestamptz null, "description" text null, "approved_at" timestamptz null, "approved_by" text null, "retired_at" timestamptz null, "metadata" jsonb null, "bom_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "service_bom_version_pkey" primary key ("id"), constraint service_bom_version_validity_check check (valid_to IS NULL OR valid_to > valid_from));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_bom_version_bom_id" ON "service_bom_version" ("bom_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_bom_version_deleted_at" ON "service_bom_version" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_service_bom_version_bom_version_unique" ON "service_bom_version" ("bom_id", "version") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_bom_version_bom_id_status_valid_from" ON "service_bom_version" ("bom_id", "status", "valid_from") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "service_bom_component" ("id" text not null, "product_variant_id" text null, "part_number" text null, "title" text null, "quantity" numeric not null, "unit" text null, "position" integer not null default 0, "reference" text null, "metadata" jsonb null, "version_id" text not null, "raw_quantity" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "service_bom_component_pkey" primary key ("id"), constraint service_bom_component_part_check check (product_variant_id IS NOT NULL OR title IS NOT NULL OR part_number IS NOT NULL));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_bom_component_version_id" ON "service_bom_component" ("version_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_bom_component_deleted_at" ON "service_bom_component" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_bom_component_version_id_position" ON "service_bom_component" ("version_id", "position") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_bom_component_product_variant_id" ON "service_bom_component" ("product_variant_id") WHERE deleted_at IS NULL AND product_variant_id IS NOT NULL;`);

    this.addSql(`create table if not exists "service_object_bom_history" ("id" text not null, "from_bom_version_id" text null, "to_bom_version_id" text not null, "note" text null, "actor_id" text null, "service_object_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "service_object_bom_history_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_object_bom_history_service_object_id" ON "service_object_bom_history" ("service_object_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_object_bom_history_deleted_at" ON "service_object_bom_history" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_object_bom_history_service_object_id_created_at" ON "service_object_bom_history" ("service_object_id", "created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "service_repair_code" ("id" text not null, "kind" text check ("kind" in ('symptom_area', 'symptom', 'diagnosis_area', 'diagnosis', 'resolution', 'condition')) not null, "code" text not null, "label" text not null, "description" text null, "parent_id" text null, "position" integer not null default 0, "is_active" boolean not null default true, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "service_repair_code_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_repair_code_deleted_at" ON "service_repair_code" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_service_repair_code_kind_code_unique" ON "service_repair_code" ("kind", "code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_repair_code_kind_position" ON "service_repair_code" ("kind", "position") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_repair_code_parent_id" ON "service_repair_code" ("parent_id") WHERE deleted_at IS NULL AND parent_id IS NOT NULL;`);

    this.addSql(`create table if not exists "service_repair_line" ("id" text not null, "status" text check ("status" in ('open', 'diagnosed', 'repaired', 'verified')) not null default 'open', "technician_id" text null, "notes" text null, "bom_version_id" text null, "product_id" text null, "diagnosed_at" timestamptz null, "repaired_at" timestamptz null, "verified_at" timestamptz null, "created_by" text null, "metadata" jsonb null, "service_order_id" text not null, "service_object_id" text not null, "symptom_area_id" text null, "symptom_code_id" text null, "diagnosis_area_id" text null, "diagnosis_code_id" text null, "resolution_code_id" text null, "condition_code_id" text null, "bom_component_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "service_repair_line_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_repair_line_service_order_id" ON "service_repair_line" ("service_order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_repair_line_service_object_id" ON "service_repair_line" ("service_object_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_repair_line_symptom_area_id" ON "service_repair_line" ("symptom_area_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_repair_line_symptom_code_id" ON "service_repair_line" ("symptom_code_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_repair_line_diagnosis_area_id" ON "service_repair_line" ("diagnosis_area_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_repair_line_diagnosis_code_id" ON "service_repair_line" ("diagnosis_code_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_repair_line_resolution_code_id" ON "service_repair_line" ("resolution_code_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_repair_line_condition_code_id" ON "service_repair_line" ("condition_code_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_repair_line_bom_component_id" ON "service_repair_line" ("bom_component_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_repair_line_deleted_at" ON "service_repair_line" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_repair_line_service_order_id_created_at" ON "service_repair_line" ("service_order_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_repair_line_service_object_id_created_at" ON "service_repair_line" ("service_object_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_repair_line_product_id" ON "service_repair_line" ("product_id") WHERE deleted_at IS NULL AND product_id IS NOT NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_repair_line_bom_version_id" ON "service_repair_line" ("bom_version_id") WHERE deleted_at IS NULL AND bom_version_id IS NOT NULL;`);

    this.addSql(`alter table if exists "service_bom_version" add constraint "service_bom_version_bom_id_foreign" foreign key ("bom_id") references "service_bom" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "service_bom_component" add constraint "service_bom_component_version_id_foreign" foreign key ("version_id") references "service_bom_version" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "service_object_bom_history" add constraint "service_object_bom_history_service_object_id_foreign" foreign key ("service_object_id") references "service_object" ("id") on update cascade;`);

    this.addSql(`alter table if exists "service_repair_line" add constraint "service_repair_line_service_order_id_foreign" foreign key ("service_order_id") references "service_order" ("id") on update cascade;`);
    this.addSql(`alter table if exists "service_repair_line" add constraint "service_repair_line_service_object_id_foreign" foreign key ("service_object_id") references "service_object" ("id") on update cascade;`);
    this.addSql(`alter table if exists "service_repair_line" add constraint "service_repair_line_symptom_area_id_foreign" foreign key ("symptom_area_id") references "service_repair_code" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table if exists "service_repair_line" add constraint "service_repair_line_symptom_code_id_foreign" foreign key ("symptom_code_id") references "service_repair_code" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table if exists "service_repair_line" add constraint "service_repair_line_diagnosis_area_id_foreign" foreign key ("diagnosis_area_id") references "service_repair_code" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table if exists "service_repair_line" add constraint "service_repair_line_diagnosis_code_id_foreign" foreign key ("diagnosis_code_id") references "service_repair_code" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table if exists "service_repair_line" add constraint "service_repair_line_resolution_code_id_foreign" foreign key ("resolution_code_id") references "service_repair_code" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table if exists "service_repair_line" add constraint "service_repair_line_condition_code_id_foreign" foreign key ("condition_code_id") references "service_repair_code" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table if exists "service_repair_line" add constraint "service_repair_line_bom_component_id_foreign" foreign key ("bom_component_id") references "service_bom_component" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table if exists "service_object" add column if not exists "bom_version_id" text null;`);
    this.addSql(`alter table if exists "service_object" add constraint "service_object_bom_version_id_foreign" foreign key ("bom_version_id") references "service_bom_version" ("id") on update cascade on delete set null;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_object_bom_version_id" ON "service_object" ("bom_version_id") WHERE deleted_at IS NULL;`);

    // Added by hand (the model cannot express it): two approved versions of one BOM never overlap
    // in validity, also when two approvals run at once. btree_gist gives gist the "=" on bom_id;
    // it is a trusted extension, so a database owner may create it without superuser rights.
    this.addSql(`CREATE EXTENSION IF NOT EXISTS btree_gist;`);
    this.addSql(`alter table if exists "service_bom_version" drop constraint if exists "service_bom_version_approved_no_overlap";`);
    this.addSql(`alter table if exists "service_bom_version" add constraint "service_bom_version_approved_no_overlap" EXCLUDE USING gist ("bom_id" WITH =, tstzrange("valid_from", coalesce("valid_to", 'infinity'::timestamptz)) WITH &&) WHERE (status = 'approved' AND deleted_at IS NULL);`);
  }

  override async down(): Promise<void> {
    // The btree_gist extension stays: other tables may use it.
    this.addSql(`alter table if exists "service_bom_version" drop constraint if exists "service_bom_version_approved_no_overlap";`);

    this.addSql(`alter table if exists "service_bom_version" drop constraint if exists "service_bom_version_bom_id_foreign";`);

    this.addSql(`alter table if exists "service_bom_component" drop constraint if exists "service_bom_component_version_id_foreign";`);

    this.addSql(`alter table if exists "service_object" drop constraint if exists "service_object_bom_version_id_foreign";`);

    this.addSql(`alter table if exists "service_repair_line" drop constraint if exists "service_repair_line_bom_component_id_foreign";`);

    this.addSql(`alter table if exists "service_repair_line" drop constraint if exists "service_repair_line_symptom_area_id_foreign";`);

    this.addSql(`alter table if exists "service_repair_line" drop constraint if exists "service_repair_line_symptom_code_id_foreign";`);

    this.addSql(`alter table if exists "service_repair_line" drop constraint if exists "service_repair_line_diagnosis_area_id_foreign";`);

    this.addSql(`alter table if exists "service_repair_line" drop constraint if exists "service_repair_line_diagnosis_code_id_foreign";`);

    this.addSql(`alter table if exists "service_repair_line" drop constraint if exists "service_repair_line_resolution_code_id_foreign";`);

    this.addSql(`alter table if exists "service_repair_line" drop constraint if exists "service_repair_line_condition_code_id_foreign";`);

    this.addSql(`drop table if exists "service_bom" cascade;`);

    this.addSql(`drop table if exists "service_bom_version" cascade;`);

    this.addSql(`drop table if exists "service_bom_component" cascade;`);

    this.addSql(`drop table if exists "service_object_bom_history" cascade;`);

    this.addSql(`drop table if exists "service_repair_code" cascade;`);

    this.addSql(`drop table if exists "service_repair_line" cascade;`);

    this.addSql(`drop index if exists "IDX_service_object_bom_version_id";`);
    this.addSql(`alter table if exists "service_object" drop column if exists "bom_version_id";`);
  }

}
