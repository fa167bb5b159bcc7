import { MedusaContainer } from "@medusajs/framework/types"
import { ApiKeyType, generateJwtToken, Modules } from "@medusajs/framework/utils"
import { SERVICE_MANAGEMENT_MODULE, ServiceManagementModuleService } from "../../src/modules/service-management"
import { ServiceRoleName } from "../../src/types/enums"

const JWT_SECRET = process.env.JWT_SECRET || "supersecret"

/** Creates an admin user and returns request headers carrying its bearer token. */
export async function createAdmin(container: MedusaContainer, email = "admin@test.dev") {
  const users = container.resolve(Modules.USER)
  const auth = container.resolve(Modules.AUTH)
  const user = await users.createUsers({ email, first_name: "Ada", last_name: "Admin" })
  const identity = await auth.createAuthIdentities({
    provider_identities: [{ provider: "emailpass", entity_id: email }],
    app_metadata: { user_id: user.id },
  })
  const token = generateJwtToken(
    { actor_id: user.id, actor_type: "user", auth_identity_id: identity.id, app_metadata: { user_id: user.id } },
    { secret: JWT_SECRET, expiresIn: "1d" }
  )
  return { user, headers: { authorization: `Bearer ${token}` } }
}

/** A publishable API key, which every /store request needs. */
export async function createPublishableKey(container: MedusaContainer) {
  const apiKeys = container.resolve(Modules.API_KEY)
  const key = await apiKeys.createApiKeys({ title: "Test store", type: ApiKeyType.PUBLISHABLE, created_by: "test" })
  return key.token
}

/** Creates a customer with a storefront login and returns store request headers for it. */
export async function createStoreCustomer(container: MedusaContainer, email: string, publishableKey: string) {
  const customers = container.resolve(Modules.CUSTOMER)
  const auth = container.resolve(Modules.AUTH)
  const customer = await customers.createCustomers({ email, first_name: email.split("@")[0], last_name: "Tester" })
  const identity = await auth.createAuthIdentities({
    provider_identities: [{ provider: "emailpass", entity_id: email }],
    app_metadata: { customer_id: customer.id },
  })
  const token = generateJwtToken(
    {
      actor_id: customer.id,
      actor_type: "customer",
      auth_identity_id: identity.id,
      app_metadata: { customer_id: customer.id },
    },
    { secret: JWT_SECRET, expiresIn: "1d" }
  )
  return {
    customer,
    headers: { authorization: `Bearer ${token}`, "x-publishable-api-key": publishableKey },
  }
}

/** An admin user with a stored service role (or none: the plugin option `roles.default` applies). */
export async function createAdminWithRole(container: MedusaContainer, email: string, role: ServiceRoleName | null) {
  const admin = await createAdmin(container, email)
  if (role) {
    await container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE).createServiceRoles({ user_id: admin.user.id, role })
  }
  return admin
}
