import { technicianRoutes } from "../routes"

export const GET = technicianRoutes.retrieve
export const POST = technicianRoutes.update
export const DELETE = technicianRoutes.remove
