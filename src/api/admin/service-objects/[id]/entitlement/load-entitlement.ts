import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SERVICE_MANAGEMENT_MODULE } from "../../../../../modules/service-management"
import ServiceManagementModuleService from "../../../../../modules/service-management/service"
import { returnWindowCloses } from "../../../../../modules/service-management/utils/return-window"
import { agreementsCovering, entitlementView, EntitlementInput } from "../../../../../modules/service-management/utils/views/entitlement"
import { EntitlementOptionKind } from "../../../../../types/enums"
import { ServiceLevelAgreementDTO } from "../../../../../modules/service-management"
import { allowanceBalanceViews, AllowanceLineWithTerm } from "../../../../../modules/service-management/utils/views/allowance-balances"
import { notFound } from "../../../../../workflows/common/utils/load-record"
import { chooseSla, loadSlaChoices } from "../../../../../workflows/slas/utils/sla-choice"

type AgreementWithSla = { sla?: (ServiceLevelAgreementDTO & { is_active: boolean }) | null }
const AGREEMENT_FIELDS = ["id", "number", "name", "valid_from", "valid_to", "sla_id"]
// What the answer shows of a line, and what its allowance balance is computed from.
const LINE_FIELDS = ["id", "description", "type", "service_object_id", "unit_price", "valid_from", "valid_to", "allowance_quantity", "allowance_unit", "allowance_period", "overage_unit_price"]

/**
 * The entitlement of one service object (see `entitlementView`), in a fixed number of queries
 * whatever its history: the object, then at once its term, the customer's active agreements with
 * their lines and SLAs, the customer's groups' and the default SLA, the customer's allowance
 * balances of today, the order's date and the option tasks' prices. `customer_id` limits it to
 * that customer's object (another's is "not found").
 */
export async function loadEntitlement(container: MedusaContainer, id: string, customer_id?: string) {
  const service = container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
  const [object] = await service.listServiceObjects(
    { id, ...(customer_id ? { customer_id } : {}) },
    { select: ["id", "customer_id", "order_id", "warranty_term_id", "warranty_end", "warranty_starts_at", "warranty_ended_at", "warranty_end_reason"] }
  )
  if (!object) {
    throw notFound("Service object", id)
  }
  const options = service.getOptions()
  const tasks = Object.entries(options.entitlement.tasks) as [EntitlementOptionKind, string][]
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const now = new Date()
  // One wave after the object: the agreements come with their SLA, so the SLA choices need only
  // the customer's groups and the default, and the balances are read by customer beside them.
  const [terms, agreements, { data: orders }, taskRows, choices, balanceRows] = await Promise.all([
    // A term deleted since still says how the units registered under it are covered.
    object.warranty_term_id ? service.listServiceWarrantyTerms({ id: object.warranty_term_id }, { withDeleted: true }) : [],
    service.listServiceAgreements(
      { customer_id: object.customer_id, status: "active", is_template: false },
      { relations: ["lines", "sla"], select: [...AGREEMENT_FIELDS, ...LINE_FIELDS.map((f) => `lines.${f}`), "sla.*"] }
    ),
    object.order_id ? query.graph({ entity: "order", fields: ["id", "created_at"], filters: { id: object.order_id } }) : { data: [] },
    tasks.length ? service.listServiceTasks({ code: tasks.map(([, code]) => code) }, { select: ["code", "default_unit_price"] }) : Promise.resolve([]),
    loadSlaChoices(container, [object.customer_id], []),
    service.listCustomerAllowanceBalanceRows(object.customer_id, now),
  ])
  const covering = agreementsCovering(agreements as unknown as (EntitlementInput["agreements"][number] & AgreementWithSla)[], object.id, now)
  const allowanceLines = covering.flatMap((a) =>
    a.lines.map((l) => ({ ...l, agreement: { id: a.id, valid_from: a.valid_from, valid_to: a.valid_to } }))
  ) as unknown as AllowanceLineWithTerm[]
  const allowances = allowanceBalanceViews(allowanceLines.filter((l) => l.allowance_quantity != null), balanceRows, now)
  const agreementSla = new Map(covering.filter((a) => a.sla?.is_active).map((a) => [a.id, a.sla as ServiceLevelAgreementDTO]))
  const sla = chooseSla({ id: object.id, customer_id: object.customer_id, agreement_id: covering[0]?.id }, agreementSla, choices.customerGroupSlas, choices.defaultSla)
  const taskPrices = Object.fromEntries(
    tasks.flatMap(([kind, code]) => {
      const task = taskRows.find((t) => t.code === code)
      return task?.default_unit_price != null ? [[kind, Number(task.default_unit_price)]] : []
    })
  )
  return entitlementView({
    object,
    term: (terms[0] ?? null) as unknown as EntitlementInput["term"],
    agreements: agreements as unknown as EntitlementInput["agreements"],
    allowances,
    sla: sla ? { id: sla.id, code: sla.code, name: sla.name, response_minutes: sla.response_minutes, resolution_minutes: sla.resolution_minutes } : null,
    return_window_closes: orders[0] ? returnWindowCloses(orders[0].created_at as Date, options.returns.windowDays) : null,
    task_prices: taskPrices,
    parts_amounts: options.entitlement.parts,
    now,
  })
}
