// The plugin's contract with its clients (the admin, storefronts, extending code): framework-free.
export * from "./enums"
export * from "./http"
