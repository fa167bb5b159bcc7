import { SERVICE_MANAGEMENT_MODULE, ServiceManagementModuleService } from "../../src/modules/service-management"
import { setServiceRoleWorkflow } from "../../src/workflows"
import { ensureAdminLogin } from "./admin-user"
import { report, SeedSection } from "./context"

// Demo logins for the roles (password as the admin's); the admin user itself stays a service manager by default.
const DEMO_USERS = [
  { email: "dispatcher@example.com", first_name: "Dana", last_name: "Dispatch", role: "dispatcher" as const },
  { email: "technician@example.com", first_name: "Tom", last_name: "Tech", role: "technician" as const },
]

/**
 * Demo users with a dispatcher and a technician role. The technician login is linked to a seeded
 * technician with the same e-mail when one exists without a user (it then sees that technician's orders).
 */
export const serviceRolesSection: SeedSection = {
  name: "service roles",
  demo: true,
  run: async (ctx) => {
    const service = ctx.container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
    const password = process.env.MEDUSA_ADMIN_PASSWORD || "supersecret"
    let created = 0
    for (const demo of DEMO_USERS) {
      const user = await ensureAdminLogin(ctx, { email: demo.email, password, first_name: demo.first_name, last_name: demo.last_name })
      const [role] = await service.listServiceRoles({ user_id: user.id })
      if (!role) {
        await setServiceRoleWorkflow(ctx.container).run({ input: { user_id: user.id, role: demo.role } })
        created++
      }
      if (demo.role === "technician") {
        const [technician] = await service.listServiceTechnicians({ email: demo.email, user_id: null })
        if (technician) {
          await service.updateServiceTechnicians([{ id: technician.id, user_id: user.id }])
        }
      }
    }
    report(ctx, "service roles", created, DEMO_USERS.length - created, " (logins dispatcher@example.com, technician@example.com)")
  },
}
