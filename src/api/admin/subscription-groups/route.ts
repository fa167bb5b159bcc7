import { subscriptionGroupRoutes } from "./routes"

export const GET = subscriptionGroupRoutes.list
export const POST = subscriptionGroupRoutes.create
