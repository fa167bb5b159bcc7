import { defineLink } from "@medusajs/framework/utils"
import UserModule from "@medusajs/medusa/user"
import ServiceManagementModule from "../modules/service-management"

// A technician stores user_id; a read-only link lets query.graph return the admin `user` with it.
export default defineLink(
  { linkable: ServiceManagementModule.linkable.serviceTechnician, field: "user_id" },
  UserModule.linkable.user,
  { readOnly: true }
)
