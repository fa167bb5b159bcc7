import { MedusaRequest } from "@medusajs/framework/http"
import { SERVICE_MANAGEMENT_MODULE } from "../../../../../modules/service-management"
import ServiceManagementModuleService from "../../../../../modules/service-management/service"
import { notFound } from "../../../../../workflows/common/utils/load-record"
import { retrieveEntity } from "../../../../utils/respond"

/**
 * A repair line of an order with the request's fields, as Query answers them: one statement of
 * the module (`readRepairLineDetail`), Query only for fields that read does not know. A line of
 * another order answers 404 like a missing one.
 */
export async function readRepairLine(req: MedusaRequest, orderId: string, id: string) {
  const service = req.scope.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
  const line = await service.readRepairLineDetail(orderId, id, req.queryConfig.fields)
  if (line === undefined) {
    return retrieveEntity(req, "service_repair_line", { id, service_order_id: orderId }, "Repair line")
  }
  if (!line) {
    throw notFound("Repair line", id)
  }
  return line
}
