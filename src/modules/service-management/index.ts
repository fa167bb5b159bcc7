import { Module } from "@medusajs/framework/utils"
import databaseWaitLoader from "./loaders/database-wait"
import ServiceManagementModuleService from "./service"

export const SERVICE_MANAGEMENT_MODULE = "serviceManagement"

export default Module(SERVICE_MANAGEMENT_MODULE, {
  service: ServiceManagementModuleService,
  loaders: [databaseWaitLoader],
})

export * from "./options"
export { default as ServiceManagementModuleService } from "./service"
export * from "./types"
