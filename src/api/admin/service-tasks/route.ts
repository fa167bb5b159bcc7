import { serviceTaskRoutes } from "./routes"

export const GET = serviceTaskRoutes.list
export const POST = serviceTaskRoutes.create
