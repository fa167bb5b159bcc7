import { defineMiddlewares } from "@medusajs/framework/http"
import { adminServiceObjectMiddlewares } from "./admin/service-objects/middlewares"
import { adminServiceOrderMiddlewares } from "./admin/service-orders/middlewares"
import { adminServiceStageMiddlewares } from "./admin/service-stages/middlewares"
import { adminServiceTaskMiddlewares } from "./admin/service-tasks/middlewares"
import { storeServiceMiddlewares } from "./store/middlewares"

export default defineMiddlewares({
  routes: [
    ...adminServiceObjectMiddlewares,
    ...adminServiceOrderMiddlewares,
    ...adminServiceStageMiddlewares,
    ...adminServiceTaskMiddlewares,
    ...storeServiceMiddlewares,
  ],
})
