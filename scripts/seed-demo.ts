import { ExecArgs } from "@medusajs/framework/types"
import { runSeed } from "./seed"

/**
 * Demo data for `npm run dev`: `npx medusa exec ./scripts/seed-demo.ts`.
 * Idempotent: each section looks for its data first and only adds what is missing.
 * Env: MEDUSA_ADMIN_EMAIL / MEDUSA_ADMIN_PASSWORD, SEED_DEMO=false (only the admin user).
 */
export default async function seedDemo({ container }: ExecArgs) {
  await runSeed(container, { demo: process.env.SEED_DEMO !== "false" })
}
