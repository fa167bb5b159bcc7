import { technicianRoutes } from "./routes"

export const GET = technicianRoutes.list
export const POST = technicianRoutes.create
