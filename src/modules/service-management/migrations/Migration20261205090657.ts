import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** Repair estimates: one row per version, its lines and total in a Medusa draft order. */
export class Migration20261205090657 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table if not exists "service_estimate" ("id" text not null, "version" integer not null, "status" text check ("status" in ('draft', 'sent', 'accepted', 'declined', 'expired', 'superseded')) not null default 'draft', "draft_order_id" text not null, "currency_code" text not null, "valid_until" timestamptz null, "sent_at" timestamptz null, "answered_at" timestamptz null, "answer_note" text null, "created_by" text null, "sent_by" text null, "service_order_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "service_estimate_pkey" primary key ("id"), constraint service_estimate_version_check check (version >= 1), constraint service_estimate_sent_check check ((status = 'draft') OR (status = 'superseded' AND sent_at IS NULL) OR (sent_at IS NOT NULL AND valid_until IS NOT NULL)), constraint service_estimate_answered_check check ((status NOT IN ('accepted', 'declined') OR answered_at IS NOT NULL) AND (answered_at IS NULL OR status IN ('accepted', 'declined', 'superseded'))), constraint service_estimate_answered_after_sent_check check (answered_at IS NULL OR answered_at >= sent_at), constraint service_estimate_answer_note_length_check check (char_length(answer_note) <= 1000));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_estimate_service_order_id" ON "service_estimate" ("service_order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_estimate_deleted_at" ON "service_estimate" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_service_estimate_version_unique" ON "service_estimate" ("service_order_id", "version") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_service_estimate_live_unique" ON "service_estimate" ("service_order_id") WHERE deleted_at IS NULL AND status IN ('draft', 'sent', 'accepted');`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_service_estimate_draft_order_id_unique" ON "service_estimate" ("draft_order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`alter table if exists "service_estimate" add constraint "service_estimate_service_order_id_foreign" foreign key ("service_order_id") references "service_order" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "service_estimate" cascade;`);
  }
}
