import { resourceMiddlewares } from "../../utils/resource-middlewares"
import { skillQueryConfig } from "./query-config"
import { AdminCreateSkill, AdminGetSkillsParams, AdminUpdateSkill } from "./validators"

export const adminSkillMiddlewares = resourceMiddlewares("/admin/skills", {
  query: skillQueryConfig,
  list: AdminGetSkillsParams,
  create: AdminCreateSkill,
  update: AdminUpdateSkill,
  remove: true,
})
