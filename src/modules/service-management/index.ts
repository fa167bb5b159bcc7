import { Module } from "@medusajs/framework/utils"
import ServiceManagementModuleService from "./service"

export const SERVICE_MANAGEMENT_MODULE = "serviceManagement"

export default Module(SERVICE_MANAGEMENT_MODULE, {
  service: ServiceManagementModuleService,
})

export * from "./options"
export { default as ServiceManagementModuleService } from "./service"
export * from "./types"
