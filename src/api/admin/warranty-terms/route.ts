import { warrantyTermRoutes } from "./routes"

export const GET = warrantyTermRoutes.list
export const POST = warrantyTermRoutes.create
