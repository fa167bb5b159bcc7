import { MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import {
  listBomQueryConfig,
  listBomVersionQueryConfig,
  retrieveBomQueryConfig,
  retrieveBomVersionQueryConfig,
} from "./query-config"
import {
  AdminAddBomComponents,
  AdminApproveBomVersion,
  AdminBomVersionAction,
  AdminBomVersionDiffParams,
  AdminCreateBom,
  AdminCreateBomVersion,
  AdminGetBomParams,
  AdminGetBomsParams,
  AdminGetBomVersionsParams,
  AdminUpdateBom,
  AdminUpdateBomComponent,
  AdminUpdateBomVersion,
} from "./validators"

const retrieve = validateAndTransformQuery(AdminGetBomParams, retrieveBomQueryConfig)
const retrieveVersion = validateAndTransformQuery(AdminGetBomParams, retrieveBomVersionQueryConfig)
const EMPTY = validateAndTransformBody(AdminBomVersionAction)
const VERSION = "/admin/boms/:id/versions/:vid"

export const adminBomMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/boms", middlewares: [validateAndTransformQuery(AdminGetBomsParams, listBomQueryConfig)] },
  { method: ["POST"], matcher: "/admin/boms", middlewares: [validateAndTransformBody(AdminCreateBom), retrieve] },
  { method: ["GET"], matcher: "/admin/boms/:id", middlewares: [retrieve] },
  { method: ["POST"], matcher: "/admin/boms/:id", middlewares: [validateAndTransformBody(AdminUpdateBom), retrieve] },
  {
    method: ["GET"],
    matcher: "/admin/boms/:id/versions",
    middlewares: [validateAndTransformQuery(AdminGetBomVersionsParams, listBomVersionQueryConfig)],
  },
  {
    method: ["POST"],
    matcher: "/admin/boms/:id/versions",
    middlewares: [validateAndTransformBody(AdminCreateBomVersion), retrieveVersion],
  },
  { method: ["GET"], matcher: VERSION, middlewares: [retrieveVersion] },
  { method: ["POST"], matcher: VERSION, middlewares: [validateAndTransformBody(AdminUpdateBomVersion), retrieveVersion] },
  { method: ["POST"], matcher: `${VERSION}/approve`, middlewares: [validateAndTransformBody(AdminApproveBomVersion), retrieveVersion] },
  { method: ["POST"], matcher: `${VERSION}/retire`, middlewares: [EMPTY, retrieveVersion] },
  {
    method: ["GET"],
    matcher: `${VERSION}/diff`,
    middlewares: [validateAndTransformQuery(AdminBomVersionDiffParams, { defaults: [], isList: false })],
  },
  {
    method: ["POST"],
    matcher: `${VERSION}/components`,
    middlewares: [validateAndTransformBody(AdminAddBomComponents), retrieveVersion],
  },
  {
    method: ["POST"],
    matcher: `${VERSION}/components/:cid`,
    middlewares: [validateAndTransformBody(AdminUpdateBomComponent), retrieveVersion],
  },
  { method: ["DELETE"], matcher: `${VERSION}/components/:cid`, middlewares: [retrieveVersion] },
]
