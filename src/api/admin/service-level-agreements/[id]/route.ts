import { serviceLevelAgreementRoutes } from "../routes"

export const GET = serviceLevelAgreementRoutes.retrieve
export const POST = serviceLevelAgreementRoutes.update
export const DELETE = serviceLevelAgreementRoutes.remove
