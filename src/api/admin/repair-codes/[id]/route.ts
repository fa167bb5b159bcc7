import { repairCodeRoutes } from "../routes"

export const GET = repairCodeRoutes.retrieve
export const POST = repairCodeRoutes.update
export const DELETE = repairCodeRoutes.remove
