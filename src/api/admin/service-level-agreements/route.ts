import { serviceLevelAgreementRoutes } from "./routes"

export const GET = serviceLevelAgreementRoutes.list
export const POST = serviceLevelAgreementRoutes.create
