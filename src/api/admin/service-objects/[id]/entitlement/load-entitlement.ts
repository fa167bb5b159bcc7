import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SERVICE_MANAGEMENT_MODULE, ServiceLevelAgreementDTO } from "../../../../../modules/service-management"
import ServiceManagementModuleService from "../../../../../modules/service-management/service"
import { returnWindowCloses } from "../../../../../modules/service-management/utils/return-window"
import { agreementsCovering, entitlementView } from "../../../../../modules/service-management/utils/views/entitlement"
import { EntitlementOptionKind } from "../../../../../types/enums"
import { allowanceBalanceViews, AllowanceLineWithTerm } from "../../../../../modules/service-management/utils/views/allowance-balances"
import { notFound } from "../../../../../workflows/common/utils/load-record"
import { chooseSla } from "../../../../../workflows/slas/utils/sla-choice"

/**
 * The entitlement of one service object (see `entitlementView`), in a fixed number of queries
 * whatever its history: one statement for all this module holds (the object, its term, the
 * customer's active agreements with their lines and SLAs, their allowance balances of today, the
 * SLAs of the customer's groups and the default, the option tasks' prices —
 * `readEntitlementRecords`), then the order's date when the object has an order. `customer_id` limits it to that customer's object (another's is "not found").
 */
export async function loadEntitlement(container: MedusaContainer, id: string, customer_id?: string) {
  const service = container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
  const options = service.getOptions()
  const tasks = Object.entries(options.entitlement.tasks) as [EntitlementOptionKind, string][]
  const now = new Date()
  const records = await service.readEntitlementRecords({ objectId: id, customerId: customer_id, at: now, taskCodes: tasks.map(([, code]) => code) })
  if (!records) {
    throw notFound("Service object", id)
  }
  const { object, agreements } = records
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = object.order_id
    ? await query.graph({ entity: "order", fields: ["id", "created_at"], filters: { id: object.order_id } })
    : { data: [] }
  const covering = agreementsCovering(agreements, object.id, now)
  const allowanceLines: AllowanceLineWithTerm[] = covering.flatMap((a) =>
    a.lines.map((l) => ({ ...l, agreement: { id: a.id, valid_from: a.valid_from, valid_to: a.valid_to } }))
  )
  const allowances = allowanceBalanceViews(allowanceLines.filter((l) => l.allowance_quantity != null), records.balances, now)
  const agreementSla = new Map(covering.filter((a) => a.sla?.is_active).map((a) => [a.id, a.sla as unknown as ServiceLevelAgreementDTO]))
  const sla = chooseSla(
    { id: object.id, customer_id: object.customer_id, agreement_id: covering[0]?.id },
    agreementSla,
    new Map([[object.customer_id, records.group_slas as unknown as ServiceLevelAgreementDTO[]]]),
    (records.default_sla ?? undefined) as ServiceLevelAgreementDTO | undefined
  )
  const taskPrices = Object.fromEntries(
    tasks.flatMap(([kind, code]) => {
      const task = records.task_prices.find((t) => t.code === code)
      return task ? [[kind, Number(task.default_unit_price)]] : []
    })
  )
  return entitlementView({
    object,
    term: records.term,
    agreements,
    allowances,
    sla: sla ? { id: sla.id, code: sla.code, name: sla.name, response_minutes: sla.response_minutes, resolution_minutes: sla.resolution_minutes } : null,
    return_window_closes: orders[0] ? returnWindowCloses(orders[0].created_at as Date, options.returns.windowDays) : null,
    task_prices: taskPrices,
    parts_amounts: options.entitlement.parts,
    now,
  })
}
