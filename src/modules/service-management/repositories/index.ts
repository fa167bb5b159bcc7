// The loader registers every class exported by a file of this folder (not this index) in the
// module's container as lowerCaseFirst(class name). A class named after a model
// (`ServiceOrderRepository`) would replace that model's generated repository, so names here
// are the aggregates' own (a unit test holds that).
export * from "./agreements"
export * from "./allowances"
export * from "./assignments"
export * from "./bom-versions"
export * from "./estimate-expiry"
export * from "./fee-transactions"
export * from "./field-kpi-report"
export * from "./module-defaults"
export * from "./number-sequences"
export * from "./order-margin-report"
export * from "./posting-claims"
export * from "./repair-statistics"
export * from "./service-order-inserts"
export * from "./service-order-list"
export * from "./sla-breaches"
export * from "./sla-compliance-report"
export * from "./stage-moves"
export * from "./subscription-report"
export * from "./subscription-cursors"
export * from "./user-roles"
