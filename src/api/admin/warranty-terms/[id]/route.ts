import { warrantyTermRoutes } from "../routes"

export const GET = warrantyTermRoutes.retrieve
export const POST = warrantyTermRoutes.update
export const DELETE = warrantyTermRoutes.remove
