import { createCustomerAccountWorkflow, createCustomersWorkflow } from "@medusajs/medusa/core-flows"
import { Modules } from "@medusajs/framework/utils"
import { report, SeedContext, SeedSection } from "./context"

export const DEMO_CUSTOMER = { email: "customer@example.com", password: "supersecret" }

type Address = {
  address_1: string
  city: string
  postal_code: string
  country_code: string
  province?: string
  phone?: string
}
export type DemoCustomer = {
  email: string
  first_name: string
  last_name: string
  company_name?: string
  phone?: string
  address: Address
}

export const DEMO_CUSTOMERS: DemoCustomer[] = [
  {
    email: DEMO_CUSTOMER.email,
    first_name: "Jamie",
    last_name: "Rivera",
    phone: "+49 30 5550 1201",
    address: { address_1: "Lindenstraße 12", city: "Berlin", postal_code: "10969", country_code: "de" },
  },
  {
    email: "anna.keller@example.com",
    first_name: "Anna",
    last_name: "Keller",
    phone: "+43 1 555 0184",
    address: { address_1: "Mariahilfer Straße 88", city: "Wien", postal_code: "1070", country_code: "at" },
  },
  {
    email: "orders@kaffeehaus-nordwind.example.com",
    first_name: "Lars",
    last_name: "Petersen",
    company_name: "Kaffeehaus Nordwind",
    phone: "+49 40 555 0199",
    address: { address_1: "Große Elbstraße 145", city: "Hamburg", postal_code: "22767", country_code: "de" },
  },
  {
    email: "sophie.dubois@example.com",
    first_name: "Sophie",
    last_name: "Dubois",
    phone: "+33 1 55 50 12 34",
    address: { address_1: "18 Rue des Martyrs", city: "Paris", postal_code: "75009", country_code: "fr" },
  },
  {
    email: "pieter.devries@example.com",
    first_name: "Pieter",
    last_name: "de Vries",
    phone: "+31 20 555 0147",
    address: { address_1: "Prinsengracht 402", city: "Amsterdam", postal_code: "1016 HX", country_code: "nl" },
  },
  {
    email: "michael.chen@example.com",
    first_name: "Michael",
    last_name: "Chen",
    phone: "+1 503 555 0162",
    address: { address_1: "2210 NE Alberta St", city: "Portland", province: "us-or", postal_code: "97211", country_code: "us" },
  },
  {
    email: "facilities@maplegrove-dental.example.com",
    first_name: "Olivia",
    last_name: "Tremblay",
    company_name: "Maple Grove Dental Clinic",
    phone: "+1 416 555 0133",
    address: { address_1: "455 Queen St W", city: "Toronto", province: "ca-on", postal_code: "M5V 2A9", country_code: "ca" },
  },
]

function customerData(c: DemoCustomer) {
  return {
    email: c.email,
    first_name: c.first_name,
    last_name: c.last_name,
    company_name: c.company_name ?? null,
    phone: c.phone ?? null,
    addresses: [
      {
        first_name: c.first_name,
        last_name: c.last_name,
        company: c.company_name ?? null,
        phone: c.phone ?? null,
        ...c.address,
        is_default_shipping: true,
        is_default_billing: true,
      },
    ],
  }
}

/** The storefront login: an emailpass auth identity linked to a customer with an account. */
async function ensureDemoAccount(ctx: SeedContext, def: DemoCustomer) {
  const auth = ctx.container.resolve(Modules.AUTH)
  const customers = ctx.container.resolve(Modules.CUSTOMER)
  const [existing] = await customers.listCustomers({ email: def.email, has_account: true })
  if (existing) {
    return { id: existing.id, created: false }
  }
  const [identity] = await auth.listProviderIdentities({ entity_id: def.email, provider: "emailpass" })
  let authIdentityId = identity?.auth_identity_id
  if (!authIdentityId) {
    const { success, authIdentity, error } = await auth.register("emailpass", {
      body: { email: def.email, password: DEMO_CUSTOMER.password },
    })
    if (!success || !authIdentity) {
      throw new Error(`Could not register ${def.email}: ${error}`)
    }
    authIdentityId = authIdentity.id
  }
  // As POST /store/customers does after /auth/customer/emailpass/register.
  const { result } = await createCustomerAccountWorkflow(ctx.container).run({
    input: { authIdentityId: authIdentityId!, customerData: customerData(def) },
  })
  return { id: result.id, created: true }
}

/** Customers in both regions; customer@example.com can log in to a storefront. */
export const customersSection: SeedSection = {
  name: "customers",
  demo: true,
  run: async (ctx) => {
    const customers = ctx.container.resolve(Modules.CUSTOMER)
    let created = 0
    const [demo, ...others] = DEMO_CUSTOMERS
    const account = await ensureDemoAccount(ctx, demo)
    ctx.customers[demo.email] = account.id
    created += account.created ? 1 : 0

    const existing = await customers.listCustomers({ email: others.map((c) => c.email) })
    const missing = others.filter((c) => !existing.some((e) => e.email === c.email))
    if (missing.length) {
      await createCustomersWorkflow(ctx.container).run({ input: { customersData: missing.map(customerData) } })
      created += missing.length
    }
    const all = await customers.listCustomers({ email: DEMO_CUSTOMERS.map((c) => c.email) })
    for (const c of all) {
      // Prefer the account over a guest record with the same email.
      if (!ctx.customers[c.email] || c.has_account) {
        ctx.customers[c.email] = c.id
      }
    }
    report(ctx, "customers", created, DEMO_CUSTOMERS.length - created)
  },
}
