import { repairCodeRoutes } from "./routes"

export const GET = repairCodeRoutes.list
export const POST = repairCodeRoutes.create
