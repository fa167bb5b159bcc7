import { z } from "@medusajs/framework/zod"
import { adminFindParams, searchInput } from "../../utils/validators"
import { SERVICE_ROLES } from "../../../types/enums"

export const AdminGetServiceRolesParams = adminFindParams({ limit: 50, offset: 0 })
  .pick({ limit: true, offset: true })
  .extend({ q: searchInput() })
  .strict()
export type AdminGetServiceRolesParams = z.infer<typeof AdminGetServiceRolesParams>

export const AdminSetServiceRole = z
  .object({
    role: z.enum(SERVICE_ROLES),
  })
  .strict()
export type AdminSetServiceRole = z.infer<typeof AdminSetServiceRole>
