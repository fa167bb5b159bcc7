import { agreementActionRoute } from "../../helpers"

export const POST = agreementActionRoute("expire")
