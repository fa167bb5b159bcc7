import { subscriptionGroupRoutes } from "../routes"

export const GET = subscriptionGroupRoutes.retrieve
export const POST = subscriptionGroupRoutes.update
export const DELETE = subscriptionGroupRoutes.remove
