import Medusa from "@medusajs/js-sdk"

export const sdk = new Medusa({
  // @ts-ignore -- the root tsconfig compiles src/ as CommonJS (Node16), where TS rejects import.meta; Vite replaces it at build time
  baseUrl: import.meta.env.VITE_BACKEND_URL || "/",
  debug: false,
  auth: { type: "session" },
})
