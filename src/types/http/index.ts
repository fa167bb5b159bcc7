// Request and response shapes of the HTTP API, one file per feature.
export * from "./allowed-actions"
export * from "./common"
export * from "./service-orders"
export * from "./subscriptions"
export * from "./returns"
export * from "./boms"
