import { model } from "@medusajs/framework/utils"
import { ServiceAgreement } from "./service-agreement"
import { ServiceOrder } from "./service-order"
import { SlaCustomerGroup } from "./sla-customer-group"
import { INPUT_LIMITS, maxLengthCheck } from "../utils/input-limits"

/**
 * Response and resolution targets in business minutes, measured on the SLA's own calendar
 * (IANA time zone, weekly working hours, holidays — see `utils/business-time.ts`).
 * Chosen per agreement, else per customer group, else the one marked default.
 */
export const ServiceLevelAgreement = model
  .define("service_level_agreement", {
    id: model.id({ prefix: "sla" }).primaryKey(),
    code: model.text(),
    name: model.text().searchable(),
    description: model.text().nullable(),
    response_minutes: model.number(),
    resolution_minutes: model.number(),
    timezone: model.text(),
    // { "1": [{ "start": "08:00", "end": "17:00" }], … } keyed by ISO weekday (1 = Monday).
    working_hours: model.json(),
    // [{ "from": "2026-12-25", "to": "2026-12-26", "name": "Christmas" }], whole local days.
    holidays: model.json().nullable(),
    is_default: model.boolean().default(false),
    is_active: model.boolean().default(true),
    metadata: model.json().nullable(),
    customer_groups: model.hasMany(() => SlaCustomerGroup, { mappedBy: "sla" }),
    agreements: model.hasMany(() => ServiceAgreement, { mappedBy: "sla" }),
    service_orders: model.hasMany(() => ServiceOrder, { mappedBy: "sla" }),
  })
  .cascades({ delete: ["customer_groups"] })
  .checks([maxLengthCheck("service_level_agreement", "code", INPUT_LIMITS.code)])
  .indexes([
    { name: "IDX_service_level_agreement_code_unique", on: ["code"], unique: true, where: "deleted_at IS NULL" },
    // At most one default SLA, enforced by Postgres.
    {
      name: "IDX_service_level_agreement_default_unique",
      on: ["is_default"],
      unique: true,
      where: "is_default = true AND deleted_at IS NULL",
    },
  ])
