import { serviceStageRoutes } from "../routes"

export const GET = serviceStageRoutes.retrieve
export const POST = serviceStageRoutes.update
export const DELETE = serviceStageRoutes.remove
