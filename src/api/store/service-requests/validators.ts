import { z } from "@medusajs/framework/zod"
import { INPUT_LIMITS } from "../../../modules/service-management/utils/input-limits"
import { dateInput, idInput } from "../../utils/validators"

const text = (max: number) => z.string().trim().min(1).max(max)

/** Where the work is to be done, in Medusa's address fields. */
export const StoreServiceAddress = z
  .object({
    first_name: text(100).optional(),
    last_name: text(100).optional(),
    company: text(200).optional(),
    address_1: text(200),
    address_2: text(200).optional(),
    city: text(100),
    province: text(100).optional(),
    postal_code: text(20),
    country_code: z.string().regex(/^[a-zA-Z]{2}$/, "must be an ISO 3166-1 alpha-2 code").toLowerCase(),
    phone: text(40).optional(),
  })
  .strict()

/**
 * A storefront service request: for an object the customer owns (`service_object_id`) or for a
 * line item of one of their orders (`order_id` + `order_line_item_id`, optionally the unit's
 * `serial_number`). The preferred window, when given, has both ends, in the future, start < end.
 */
export const StoreCreateServiceRequest = z
  .object({
    service_object_id: idInput().optional(),
    order_id: idInput().optional(),
    order_line_item_id: idInput().optional(),
    serial_number: text(INPUT_LIMITS.serialNumber).optional(),
    title: text(INPUT_LIMITS.shortText).optional(),
    description: text(INPUT_LIMITS.longText),
    preferred_start: dateInput().optional(),
    preferred_end: dateInput().optional(),
    address: StoreServiceAddress.optional(),
  })
  .strict()
  .superRefine((v, ctx) => {
    const byLine = !!(v.order_id || v.order_line_item_id)
    if (!!v.service_object_id === byLine) {
      ctx.addIssue({ code: "custom", path: ["service_object_id"], message: "give either service_object_id, or order_id with order_line_item_id" })
    } else if (byLine && !(v.order_id && v.order_line_item_id)) {
      ctx.addIssue({ code: "custom", path: ["order_line_item_id"], message: "order_id and order_line_item_id go together" })
    }
    if (v.serial_number && !byLine) {
      ctx.addIssue({ code: "custom", path: ["serial_number"], message: "serial_number is only taken with an order line item" })
    }
    if (!v.preferred_start !== !v.preferred_end) {
      ctx.addIssue({ code: "custom", path: ["preferred_end"], message: "preferred_start and preferred_end go together" })
    } else if (v.preferred_start && v.preferred_end) {
      if (v.preferred_start.getTime() <= Date.now()) {
        ctx.addIssue({ code: "custom", path: ["preferred_start"], message: "preferred_start must be in the future" })
      }
      if (v.preferred_end <= v.preferred_start) {
        ctx.addIssue({ code: "custom", path: ["preferred_end"], message: "preferred_end must be after preferred_start" })
      }
    }
  })
export type StoreCreateServiceRequest = z.infer<typeof StoreCreateServiceRequest>
