import { MiddlewareRoute } from "@medusajs/framework/http"
import { queryRoute } from "../../utils/resource-middlewares"
import { AdminGetDispatchBoardParams, AdminGetMyWorkParams } from "./validators"

// My work is the board's row of the current user: the same window.
export const adminDispatchBoardMiddlewares: MiddlewareRoute[] = [
  queryRoute("/admin/dispatch-board", AdminGetDispatchBoardParams),
  queryRoute("/admin/my-work", AdminGetMyWorkParams),
]
