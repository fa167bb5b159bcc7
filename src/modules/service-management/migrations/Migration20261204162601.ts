import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/** Length limits of free text (and metadata size) the API already enforces, as CHECK constraints. */
const CHECKS: [table: string, name: string, expression: string][] = [
  ["service_order", "service_order_title_length_check", "char_length(title) <= 200"],
  ["service_order", "service_order_description_length_check", "char_length(description) <= 10000"],
  ["service_order", "service_order_internal_note_length_check", "char_length(internal_note) <= 10000"],
  ["service_order", "service_order_metadata_size_check", "octet_length(metadata::text) <= 32768"],
  ["service_order_line", "service_order_line_description_length_check", "char_length(description) <= 500"],
  ["service_order_line", "service_order_line_metadata_size_check", "octet_length(metadata::text) <= 32768"],
  ["service_object", "service_object_serial_number_length_check", "char_length(serial_number) <= 100"],
  ["service_object", "service_object_metadata_size_check", "octet_length(metadata::text) <= 32768"],
  ["service_repair_line", "service_repair_line_notes_length_check", "char_length(notes) <= 10000"],
  ["service_stage_transition", "service_stage_transition_note_length_check", "char_length(note) <= 2000"],
  ["service_agreement_line", "service_agreement_line_description_length_check", "char_length(description) <= 500"],
  ["service_return_item", "service_return_item_serial_number_length_check", "char_length(serial_number) <= 100"],
  ["service_task", "service_task_code_length_check", "char_length(code) <= 64"],
  ["service_stage", "service_stage_code_length_check", "char_length(code) <= 64"],
  ["service_stage_reason", "service_stage_reason_code_length_check", "char_length(code) <= 64"],
  ["service_level_agreement", "service_level_agreement_code_length_check", "char_length(code) <= 64"],
  ["service_repair_code", "service_repair_code_code_length_check", "char_length(code) <= 64"],
  ["service_skill", "service_skill_code_length_check", "char_length(code) <= 64"],
  ["service_subscription_group", "service_subscription_group_code_length_check", "char_length(code) <= 64"],
];

export class Migration20261204162601 extends Migration {

  override async up(): Promise<void> {
    for (const [table, name, expression] of CHECKS) {
      // NOT VALID: new and changed rows are checked at once, rows written before are not read;
      // the constraint is validated only where no older row breaks it, so no data is cut and the
      // migration never fails on what was stored before the limits.
      this.addSql(`alter table if exists "${table}" drop constraint if exists "${name}";`);
      this.addSql(`alter table if exists "${table}" add constraint "${name}" check (${expression}) not valid;`);
      this.addSql(
        `do $$ begin if not exists (select 1 from "${table}" where not (${expression})) then alter table "${table}" validate constraint "${name}"; end if; end $$;`
      );
    }
  }

  override async down(): Promise<void> {
    for (const [table, name] of CHECKS) {
      this.addSql(`alter table if exists "${table}" drop constraint if exists "${name}";`);
    }
  }

}
