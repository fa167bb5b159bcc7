import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SERVICE_MANAGEMENT_MODULE } from "../../../modules/service-management"
import ServiceManagementModuleService from "../../../modules/service-management/service"
import { validateRecurrence } from "../../../modules/service-management/utils/recurrence"
import { duePeriods } from "../../../modules/service-management/utils/subscription-periods"
import { BillingFrequency, BillingTiming } from "../../../types/enums"

export type ServiceSubscriptionInput = {
  customer_id: string
  description: string
  amount: number
  currency_code: string
  frequency: BillingFrequency
  rrule?: string | null
  billing_timing?: BillingTiming
  start_date: Date
  end_date?: Date | null
  group_id?: string | null
  agreement_id?: string | null
  product_variant_id?: string | null
  metadata?: Record<string, unknown> | null
  created_by?: string | null
}

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/** The cursor of a subscription that has billed nothing yet: its first period and when it falls due. */
export function initialCursor(terms: Parameters<typeof duePeriods>[0]) {
  const { next_period_start, next_due_at } = duePeriods(terms, terms.start_date, new Date(0))
  return { next_period_start, next_due_at }
}

/** Refuses references that do not exist (or an agreement of another customer) with a 400 naming them. */
export async function assertSubscriptionReferences(
  container: MedusaContainer,
  refs: Pick<ServiceSubscriptionInput, "customer_id" | "currency_code" | "group_id" | "agreement_id" | "product_variant_id">
) {
  const service = container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [customers, currencies, groups, agreements, variants] = await Promise.all([
    container.resolve(Modules.CUSTOMER).listCustomers({ id: refs.customer_id }, { select: ["id"] }),
    container.resolve(Modules.CURRENCY).listCurrencies({ code: [refs.currency_code] }),
    refs.group_id ? service.listServiceSubscriptionGroups({ id: refs.group_id }, { select: ["id"] }) : [null],
    refs.agreement_id ? service.listServiceAgreements({ id: refs.agreement_id }, { select: ["id", "customer_id", "number"] }) : [null],
    refs.product_variant_id
      ? query.graph({ entity: "variant", fields: ["id"], filters: { id: [refs.product_variant_id] } }).then((r) => r.data)
      : [null],
  ])
  if (!customers.length) {
    throw invalid(`Customer ${refs.customer_id} does not exist`)
  }
  if (!currencies.length) {
    throw invalid(`Currency "${refs.currency_code}" is not a known currency code`)
  }
  if (!groups.length) {
    throw invalid(`Subscription group ${refs.group_id} does not exist`)
  }
  if (!agreements.length) {
    throw invalid(`Service agreement ${refs.agreement_id} does not exist`)
  }
  const agreement = agreements[0] as { customer_id: string | null; number: string } | null
  if (agreement && agreement.customer_id !== refs.customer_id) {
    throw invalid(`Service agreement ${agreement.number} belongs to another customer`)
  }
  if (!variants.length) {
    throw invalid(`Product variant ${refs.product_variant_id} does not exist`)
  }
}

export const prepareServiceSubscriptionStepId = "prepare-service-subscription"
/**
 * Checks a new subscription against the data it names — the customer, a currency Medusa knows,
 * the group, an agreement of the same customer, the variant, a usable RRULE — and returns the row
 * to insert and its billing cursor's. Refusals are 400s naming the field; nothing is written.
 */
export const prepareServiceSubscriptionStep = createStep(
  prepareServiceSubscriptionStepId,
  async (input: ServiceSubscriptionInput, { container }) => {
    const currency = input.currency_code.toLowerCase()
    if (input.end_date && input.end_date < input.start_date) {
      throw invalid("end_date must not be before start_date")
    }
    if (input.frequency === "rrule") {
      const problems = validateRecurrence(input.rrule ?? "")
      if (problems.length) {
        throw invalid(problems.join("; "))
      }
    } else if (input.rrule) {
      throw invalid(`rrule is only used with frequency "rrule" (frequency is "${input.frequency}")`)
    }
    await assertSubscriptionReferences(container, { ...input, currency_code: currency })
    const row = {
      ...input,
      currency_code: currency,
      billing_timing: input.billing_timing ?? "advance",
      rrule: input.frequency === "rrule" ? input.rrule : null,
      status: "active" as const,
    }
    return new StepResponse({ subscription: row, cursor: initialCursor(row) })
  }
)
