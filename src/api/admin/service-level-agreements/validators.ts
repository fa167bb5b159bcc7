import { z } from "@medusajs/framework/zod"
import { booleanString } from "@medusajs/medusa/api/utils/common-validators/common"
import { idInput, idOrIds, listParams, longText, metadataInput, searchInput, shortText, updateSchema } from "../../utils/validators"

const clock = () => z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, "must be HH:mm (00:00–24:00)")
const isoDay = () => z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date YYYY-MM-DD")
const MINUTES_PER_YEAR = 525600
const WEEKDAYS = ["1", "2", "3", "4", "5", "6", "7"] as const
const periods = () => z.array(z.object({ start: clock(), end: clock() }).strict()).max(10).optional()

export const SlaCalendarFields = {
  timezone: shortText().min(1),
  // Keyed by ISO weekday: "1" (Monday) … "7" (Sunday); another key is refused by name.
  working_hours: z
    .object(Object.fromEntries(WEEKDAYS.map((d) => [d, periods()])) as Record<(typeof WEEKDAYS)[number], ReturnType<typeof periods>>)
    .strict(),
  holidays: z.array(z.object({ from: isoDay(), to: isoDay().nullish(), name: shortText().nullish() }).strict()).max(1000),
}

const fields = {
  name: shortText().min(1),
  description: longText().nullish(),
  response_minutes: z.number().int().positive().max(MINUTES_PER_YEAR),
  resolution_minutes: z.number().int().positive().max(MINUTES_PER_YEAR),
  ...SlaCalendarFields,
  is_default: z.boolean().optional(),
  is_active: z.boolean().optional(),
  customer_group_ids: z.array(idInput()).max(100).optional(),
  metadata: metadataInput(),
}

export const AdminGetServiceLevelAgreementsParams = listParams({ limit: 50, sortable: ["code", "name", "response_minutes", "resolution_minutes", "created_at", "updated_at"], order: "code" }, {
  q: searchInput(),
  code: idOrIds(),
  is_active: booleanString().optional(),
  is_default: booleanString().optional(),
})
export type AdminGetServiceLevelAgreementsParams = z.infer<typeof AdminGetServiceLevelAgreementsParams>

export const AdminCreateServiceLevelAgreement = z
  .object({
    code: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,49}$/, "must be letters, digits, _ . or - (e.g. GOLD)"),
    ...fields,
    holidays: fields.holidays.optional(),
  })
  .strict()
export type AdminCreateServiceLevelAgreement = z.infer<typeof AdminCreateServiceLevelAgreement>

export const AdminUpdateServiceLevelAgreement = updateSchema(fields)
export type AdminUpdateServiceLevelAgreement = z.infer<typeof AdminUpdateServiceLevelAgreement>
