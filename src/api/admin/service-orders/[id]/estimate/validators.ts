import { z } from "@medusajs/framework/zod"
import { dateInput } from "../../../../utils/validators"

const additional_data = z.record(z.string(), z.unknown()).optional()

/** `POST /admin/service-orders/:id/estimate`: draft a (new) version from the billable lines. */
export const AdminDraftServiceEstimate = z.object({ valid_until: dateInput().nullish(), additional_data }).strict()
export type AdminDraftServiceEstimate = z.infer<typeof AdminDraftServiceEstimate>

/** `POST /admin/service-orders/:id/estimate/send`: send the draft, valid until the given date (else the draft's). */
export const AdminSendServiceEstimate = z.object({ valid_until: dateInput().optional(), additional_data }).strict()
export type AdminSendServiceEstimate = z.infer<typeof AdminSendServiceEstimate>
