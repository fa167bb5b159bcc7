import { createUserAccountWorkflow } from "@medusajs/medusa/core-flows"
import { Modules } from "@medusajs/framework/utils"
import { SeedContext, SeedSection } from "./context"

/**
 * An admin user with an emailpass login; an existing user keeps its password. Returns the user id
 * and whether it was created.
 */
export async function ensureAdminLogin(
  ctx: SeedContext,
  input: { email: string; password: string; first_name: string; last_name: string }
): Promise<{ id: string; created: boolean }> {
  const { email, password } = input
  const users = ctx.container.resolve(Modules.USER)
  const auth = ctx.container.resolve(Modules.AUTH)

  const [user] = await users.listUsers({ email })
  const [identity] = await auth.listProviderIdentities(
    { entity_id: email, provider: "emailpass" },
    { relations: ["auth_identity"] }
  )
  if (user && identity) {
    return { id: user.id, created: false }
  }

  let authIdentityId = identity?.auth_identity_id
  if (!authIdentityId) {
    const { success, authIdentity, error } = await auth.register("emailpass", { body: { email, password } })
    if (!success || !authIdentity) {
      throw new Error(`Could not register ${email}: ${error}`)
    }
    authIdentityId = authIdentity.id
  }
  if (user) {
    // A user without a login (e.g. invited but never accepted): attach the identity.
    await auth.updateAuthIdentities({ id: authIdentityId!, app_metadata: { user_id: user.id } })
    return { id: user.id, created: false }
  }
  const { result } = await createUserAccountWorkflow(ctx.container).run({
    input: { authIdentityId: authIdentityId!, userData: { email, first_name: input.first_name, last_name: input.last_name } },
  })
  return { id: result.id, created: true }
}

/**
 * The admin login from MEDUSA_ADMIN_EMAIL / MEDUSA_ADMIN_PASSWORD (admin@example.com /
 * supersecret). An existing user keeps its password.
 */
export const adminUserSection: SeedSection = {
  name: "admin user",
  demo: false,
  run: async (ctx) => {
    const email = process.env.MEDUSA_ADMIN_EMAIL || "admin@example.com"
    const password = process.env.MEDUSA_ADMIN_PASSWORD || "supersecret"
    const { created } = await ensureAdminLogin(ctx, { email, password, first_name: "Admin", last_name: "User" })
    ctx.logger.info(`[seed] admin user: ${created ? `created ${email}` : `${email} exists (password unchanged)`}`)
  },
}
