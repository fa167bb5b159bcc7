// The cases `npm run bench` runs, in order. A case is a module exporting
// { name, title, goal, fill({ pg, rows, scale, stages }), measure({ http, pg, runs, rows, scale, stages, serverRssMb, databaseUrl }) }:
// `fill` adds (idempotently, set-based) the rows it needs beyond the base orders; `measure`
// answers one result per variant: { name, p50, p95, floor, ratio, rows, bytes, … }.
import agreementGeneration from "./cases/agreement-generation.mjs"
import dispatchBoard from "./cases/dispatch-board.mjs"
import entitlement from "./cases/entitlement.mjs"
import installedBaseRegistration from "./cases/installed-base-registration.mjs"
import serviceOrderCreate from "./cases/service-order-create.mjs"
import serviceOrderList from "./cases/service-order-list.mjs"
import serviceOrderMoves from "./cases/service-order-moves.mjs"
import serviceReports from "./cases/service-reports.mjs"
import subscriptionBilling from "./cases/subscription-billing.mjs"

export const CASES = [
  serviceOrderList,
  dispatchBoard,
  serviceOrderCreate,
  serviceOrderMoves,
  serviceReports,
  subscriptionBilling,
  agreementGeneration,
  entitlement,
  installedBaseRegistration,
]
