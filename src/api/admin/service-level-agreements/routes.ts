import {
  createServiceLevelAgreementsWorkflow,
  deleteServiceLevelAgreementsWorkflow,
  updateServiceLevelAgreementWorkflow,
} from "../../../workflows/slas/service-level-agreements"
import { catalogRoutes, createOne } from "../../utils/catalog-routes"

export const serviceLevelAgreementRoutes = catalogRoutes({
  entity: "service_level_agreement",
  single: "service_level_agreement",
  plural: "service_level_agreements",
  label: "Service level agreement",
  create: createOne(createServiceLevelAgreementsWorkflow, "service_level_agreements"),
  update: updateServiceLevelAgreementWorkflow,
  remove: deleteServiceLevelAgreementsWorkflow,
})
