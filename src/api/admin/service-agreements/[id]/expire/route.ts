import { statusActionRoute } from "../../helpers"

export const POST = statusActionRoute("expire")
