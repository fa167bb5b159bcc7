import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { SERVICE_MANAGEMENT_MODULE } from "../../../modules/service-management"
import ServiceManagementModuleService from "../../../modules/service-management/service"
import { jsonText, sendJsonText } from "../../utils/json-text"
import { AdminGetMyWorkParams } from "../dispatch-board/validators"
import { loadDispatchBoard } from "../dispatch-board/board"

/** The current admin user's own work in `from`–`to`: their technician row of the board, with its orders, customers and stages. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminGetMyWorkParams>, res: MedusaResponse) => {
  const service = req.scope.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
  const [technician] = await service.listServiceTechnicians({ user_id: req.auth_context.actor_id }, { select: ["id"] })
  if (!technician) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "Your admin user is not linked to a technician; a service manager links it under Settings › Service › Technicians")
  }
  const { from, to } = req.validatedQuery as AdminGetMyWorkParams
  const board = await loadDispatchBoard(req.scope, { from, to, technician_ids: [technician.id], queue_limit: 0 })
  const [row] = board.rows
  const { assignments = "[]", absences = "[]", working_periods = "[]" } = row?.json ?? {}
  const { service_orders, customers, stages } = board
  sendJsonText(res, jsonText({ from, to, technician: row ? row.technician : { id: technician.id } }, { assignments, absences, working_periods, service_orders, customers, stages }))
}
