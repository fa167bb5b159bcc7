import { dispatchTeamRoutes } from "../routes"

export const GET = dispatchTeamRoutes.retrieve
export const POST = dispatchTeamRoutes.update
export const DELETE = dispatchTeamRoutes.remove
