import { subscriptionActionRoute } from "../../helpers"

export const POST = subscriptionActionRoute("cancel")
