import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/**
 * Generation's cursor per agreement: `generation_due_at`, the earliest instant at which the
 * agreement may have an occurrence without an order (NULL: not known, check it). A run that finds
 * nothing due reads only the partial index of active agreements whose cursor is NULL or passed.
 * Postgres keeps the cursor honest: any other change of the agreement (status, validity,
 * suspensions, …) or of one of its lines sets it back to NULL, so only generation's own write,
 * which changes nothing else, leaves a date there.
 */
export class Migration20261206171700 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "service_agreement" add column if not exists "generation_due_at" timestamptz null;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_agreement_generation_due_at" ON "service_agreement" ("generation_due_at") WHERE deleted_at IS NULL AND status = 'active' AND is_template = false;`);
    this.addSql(`create or replace function service_agreement_generation_recheck() returns trigger language plpgsql as $$
      begin
        if new.generation_due_at is not distinct from old.generation_due_at then
          new.generation_due_at := null;
        end if;
        return new;
      end $$;`);
    this.addSql(`create trigger service_agreement_generation_recheck before update on "service_agreement"
      for each row execute function service_agreement_generation_recheck();`);
    // Always an update of the agreement row, also when its cursor is NULL already: a generation
    // that read the lines before this change then finds the row changed and writes no cursor.
    this.addSql(`create or replace function service_agreement_line_generation_recheck() returns trigger language plpgsql as $$
      begin
        update "service_agreement" set generation_due_at = null
          where id in (case when tg_op = 'DELETE' then old.agreement_id else new.agreement_id end,
                       case when tg_op = 'UPDATE' then old.agreement_id end);
        return null;
      end $$;`);
    this.addSql(`create trigger service_agreement_line_generation_recheck after insert or update or delete on "service_agreement_line"
      for each row execute function service_agreement_line_generation_recheck();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists service_agreement_line_generation_recheck on "service_agreement_line";`);
    this.addSql(`drop function if exists service_agreement_line_generation_recheck();`);
    this.addSql(`drop trigger if exists service_agreement_generation_recheck on "service_agreement";`);
    this.addSql(`drop function if exists service_agreement_generation_recheck();`);
    this.addSql(`drop index if exists "IDX_service_agreement_generation_due_at";`);
    this.addSql(`alter table if exists "service_agreement" drop column if exists "generation_due_at";`);
  }

}
