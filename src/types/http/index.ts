// Request and response shapes of the HTTP API, one file per feature.
export * from "./agreements"
export * from "./allowed-actions"
export * from "./common"
export * from "./service-objects"
export * from "./service-orders"
export * from "./slas"
