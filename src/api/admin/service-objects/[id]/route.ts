import { serviceObjectRoutes } from "../routes"

export const GET = serviceObjectRoutes.retrieve
export const POST = serviceObjectRoutes.update
export const DELETE = serviceObjectRoutes.remove
