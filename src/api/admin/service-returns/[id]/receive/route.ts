import { serviceReturnActionRoute } from "../../helpers"

export const POST = serviceReturnActionRoute("receive")
