import { AuthenticatedMedusaRequest, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SERVICE_MANAGEMENT_MODULE } from "../../../../../modules/service-management"
import ServiceManagementModuleService from "../../../../../modules/service-management/service"
import { createTechnicianAbsenceWorkflow } from "../../../../../workflows/dispatch/technician-absences"
import { retrieveEntity } from "../../../../utils/respond"
import { AdminCreateTechnicianAbsence, AdminGetTechnicianAbsencesParams } from "../../validators"

const listAbsences = (req: MedusaRequest, window: { from?: Date; to?: Date } = {}) =>
  req.scope.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE).listServiceTechnicianAbsences(
    {
      technician_id: req.params.id,
      ...(window.to ? { starts_at: { $lt: window.to } } : {}),
      ...(window.from ? { ends_at: { $gt: window.from } } : {}),
    },
    { order: { starts_at: "ASC" } }
  )

/** The technician's absences, optionally those meeting [from, to). */
export const GET = async (req: AuthenticatedMedusaRequest<AdminGetTechnicianAbsencesParams>, res: MedusaResponse) => {
  await retrieveEntity(req, "service_technician", { id: req.params.id }, "Technician", ["id"])
  res.json({ absences: await listAbsences(req, req.validatedQuery as AdminGetTechnicianAbsencesParams) })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateTechnicianAbsence>, res: MedusaResponse) => {
  const { result } = await createTechnicianAbsenceWorkflow(req.scope).run({ input: { ...req.validatedBody, technician_id: req.params.id } })
  res.json({ absence: result })
}
