import { serviceStageRoutes } from "./routes"

export const GET = serviceStageRoutes.list
export const POST = serviceStageRoutes.create
