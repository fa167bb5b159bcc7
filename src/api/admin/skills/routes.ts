import { createSkillWorkflow, deleteSkillsWorkflow, updateSkillWorkflow } from "../../../workflows/dispatch/dispatch-catalog"
import { catalogRoutes } from "../../utils/catalog-routes"

export const skillRoutes = catalogRoutes({
  entity: "service_skill",
  single: "skill",
  plural: "skills",
  label: "Skill",
  create: createSkillWorkflow,
  update: updateSkillWorkflow,
  remove: deleteSkillsWorkflow,
})
