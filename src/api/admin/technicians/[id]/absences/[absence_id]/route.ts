import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { SERVICE_MANAGEMENT_MODULE } from "../../../../../../modules/service-management"
import ServiceManagementModuleService from "../../../../../../modules/service-management/service"
import { deleteTechnicianAbsencesWorkflow } from "../../../../../../workflows/dispatch/technician-absences"

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const service = req.scope.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
  const [absence] = await service.listServiceTechnicianAbsences({ id: req.params.absence_id, technician_id: req.params.id }, { select: ["id"] })
  if (!absence) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Absence with id: ${req.params.absence_id} was not found`)
  }
  await deleteTechnicianAbsencesWorkflow(req.scope).run({ input: { ids: [absence.id] } })
  res.json({ id: absence.id, object: "technician_absence", deleted: true })
}
