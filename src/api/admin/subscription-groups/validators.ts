import { z } from "@medusajs/framework/zod"
import { idOrIds, listParams, longText, metadataInput, searchInput, shortText } from "../../utils/validators"

export const AdminGetSubscriptionGroupsParams = listParams({ limit: 50, sortable: ["created_at", "code", "name"], order: "code" }, {
  q: searchInput(),
  code: idOrIds(),
})
export type AdminGetSubscriptionGroupsParams = z.infer<typeof AdminGetSubscriptionGroupsParams>
export const AdminCreateSubscriptionGroup = z
  .object({
    code: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,49}$/, "code: letters, digits, - and _, at most 50"),
    name: shortText().min(1),
    description: longText().nullish(),
    metadata: metadataInput(),
  })
  .strict()
export type AdminCreateSubscriptionGroup = z.infer<typeof AdminCreateSubscriptionGroup>
export const AdminUpdateSubscriptionGroup = AdminCreateSubscriptionGroup.partial().strict()
export type AdminUpdateSubscriptionGroup = z.infer<typeof AdminUpdateSubscriptionGroup>
