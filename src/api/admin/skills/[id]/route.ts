import { skillRoutes } from "../routes"

export const GET = skillRoutes.retrieve
export const POST = skillRoutes.update
export const DELETE = skillRoutes.remove
