import { statusActionRoute } from "../../helpers"

export const POST = statusActionRoute("cancel")
