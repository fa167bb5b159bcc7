import { dispatchTeamRoutes } from "./routes"

export const GET = dispatchTeamRoutes.list
export const POST = dispatchTeamRoutes.create
