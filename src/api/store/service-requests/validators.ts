import { z } from "@medusajs/framework/zod"
import { dateInput } from "../../utils/validators"

export const StoreCreateServiceRequest = z
  .object({
    service_object_id: z.string().min(1),
    title: z.string().min(1).max(200).optional(),
    description: z.string().min(1).max(5000),
    preferred_start: dateInput().optional(),
    preferred_end: dateInput().optional(),
    address: z.record(z.string(), z.unknown()).optional(),
  })
  .strict()
  .refine((v) => !v.preferred_start || !v.preferred_end || v.preferred_end > v.preferred_start, {
    message: "preferred_end must be after preferred_start",
    path: ["preferred_end"],
  })
export type StoreCreateServiceRequest = z.infer<typeof StoreCreateServiceRequest>
