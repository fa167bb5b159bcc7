import { serviceTaskRoutes } from "../routes"

export const GET = serviceTaskRoutes.retrieve
export const POST = serviceTaskRoutes.update
export const DELETE = serviceTaskRoutes.remove
