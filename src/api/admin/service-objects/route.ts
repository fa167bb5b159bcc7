import { serviceObjectRoutes } from "./routes"

export const GET = serviceObjectRoutes.list
export const POST = serviceObjectRoutes.create
