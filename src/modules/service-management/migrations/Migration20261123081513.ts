import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123081513 extends Migration {

  override async up(): Promise<void> {
    // Repair lines named their technician in free text before: what names no technician is kept
    // as metadata.technician_name, then the column takes technician ids only.
    this.addSql(`update "service_repair_line" set "metadata" = coalesce("metadata", '{}'::jsonb) || jsonb_build_object('technician_name', "technician_id"), "technician_id" = null where "technician_id" is not null and not exists (select 1 from "service_technician" t where t."id" = "service_repair_line"."technician_id");`);
    this.addSql(`alter table if exists "service_repair_line" add constraint "service_repair_line_technician_id_foreign" foreign key ("technician_id") references "service_technician" ("id") on update cascade on delete set null;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_repair_line_technician_id" ON "service_repair_line" ("technician_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "service_repair_line" drop constraint if exists "service_repair_line_technician_id_foreign";`);

    this.addSql(`drop index if exists "IDX_service_repair_line_technician_id";`);
  }

}
