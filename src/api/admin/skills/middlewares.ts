import { MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { listSkillQueryConfig, retrieveSkillQueryConfig } from "./query-config"
import { AdminCreateSkill, AdminGetSkillParams, AdminGetSkillsParams, AdminUpdateSkill } from "./validators"

const retrieve = validateAndTransformQuery(AdminGetSkillParams, retrieveSkillQueryConfig)

export const adminSkillMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/skills", middlewares: [validateAndTransformQuery(AdminGetSkillsParams, listSkillQueryConfig)] },
  { method: ["POST"], matcher: "/admin/skills", middlewares: [validateAndTransformBody(AdminCreateSkill), retrieve] },
  { method: ["GET", "DELETE"], matcher: "/admin/skills/:id", middlewares: [retrieve] },
  { method: ["POST"], matcher: "/admin/skills/:id", middlewares: [validateAndTransformBody(AdminUpdateSkill), retrieve] },
]
