import { skillRoutes } from "./routes"

export const GET = skillRoutes.list
export const POST = skillRoutes.create
