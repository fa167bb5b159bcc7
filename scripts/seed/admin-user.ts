import { createUserAccountWorkflow } from "@medusajs/medusa/core-flows"
import { Modules } from "@medusajs/framework/utils"
import { SeedSection } from "./context"

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
    const users = ctx.container.resolve(Modules.USER)
    const auth = ctx.container.resolve(Modules.AUTH)

    const [user] = await users.listUsers({ email })
    const [identity] = await auth.listProviderIdentities(
      { entity_id: email, provider: "emailpass" },
      { relations: ["auth_identity"] }
    )
    if (user && identity) {
      ctx.logger.info(`[seed] admin user: ${email} exists (password unchanged)`)
      return
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
    } else {
      await createUserAccountWorkflow(ctx.container).run({
        input: { authIdentityId: authIdentityId!, userData: { email, first_name: "Admin", last_name: "User" } },
      })
    }
    ctx.logger.info(`[seed] admin user: created ${email}`)
  },
}
