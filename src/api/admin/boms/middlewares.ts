import { MiddlewareRoute } from "@medusajs/framework/http"
import { bodyRoute, queryRoute, resourceMiddlewares, retrieveQuery } from "../../utils/resource-middlewares"
import { bomQueryConfig, bomVersionQueryConfig } from "./query-config"
import {
  AdminAddBomComponents,
  AdminApproveBomVersion,
  AdminBomVersionAction,
  AdminBomVersionDiffParams,
  AdminCreateBom,
  AdminCreateBomVersion,
  AdminGetBomsParams,
  AdminGetBomVersionsParams,
  AdminUpdateBom,
  AdminUpdateBomComponent,
  AdminUpdateBomVersion,
} from "./validators"

const VERSION = "/admin/boms/:id/versions/:vid"
// Version and component routes answer with the version.
const version = retrieveQuery(bomVersionQueryConfig.retrieve)

export const adminBomMiddlewares: MiddlewareRoute[] = [
  ...resourceMiddlewares("/admin/boms", {
    query: bomQueryConfig,
    list: AdminGetBomsParams,
    create: AdminCreateBom,
    update: AdminUpdateBom,
    remove: true,
  }),
  queryRoute("/admin/boms/:id/versions", AdminGetBomVersionsParams, bomVersionQueryConfig.list),
  bodyRoute("/admin/boms/:id/versions", AdminCreateBomVersion, version),
  { method: ["GET"], matcher: VERSION, middlewares: [version] },
  bodyRoute(VERSION, AdminUpdateBomVersion, version),
  bodyRoute(`${VERSION}/approve`, AdminApproveBomVersion, version),
  bodyRoute(`${VERSION}/retire`, AdminBomVersionAction, version),
  queryRoute(`${VERSION}/diff`, AdminBomVersionDiffParams),
  bodyRoute(`${VERSION}/components`, AdminAddBomComponents, version),
  bodyRoute(`${VERSION}/components/:cid`, AdminUpdateBomComponent, version),
  { method: ["DELETE"], matcher: `${VERSION}/components/:cid`, middlewares: [version] },
]
