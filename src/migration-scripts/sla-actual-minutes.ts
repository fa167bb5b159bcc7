import { ExecArgs } from "@medusajs/framework/types"
import { SERVICE_MANAGEMENT_MODULE } from "../modules/service-management"
import ServiceManagementModuleService from "../modules/service-management/service"
import { metTargetMinutes, slaCalendar, SlaLogEntry } from "../modules/service-management/utils/sla-clock"

const BATCH = 200

/**
 * Once, on `db:migrate`: orders whose SLA targets were met before orders kept their actual
 * business minutes get them from their SLA log, in batches by id, so the SLA report counts them.
 */
export default async function backfillSlaActualMinutes({ container }: ExecArgs) {
  const service = container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
  const now = new Date()
  let after = ""
  for (;;) {
    const orders = await service.listServiceOrders(
      { id: { $gt: after }, sla_id: { $ne: null }, responded_at: { $ne: null } },
      {
        select: ["id", "sla_id", "resolved_at", "response_actual_minutes", "resolution_actual_minutes"],
        relations: ["sla_events"],
        take: BATCH,
        order: { id: "ASC" },
      }
    )
    if (!orders.length) {
      return
    }
    after = orders[orders.length - 1].id
    const missing = orders.filter((o) => o.response_actual_minutes === null || (o.resolved_at && o.resolution_actual_minutes === null))
    if (!missing.length) {
      continue
    }
    await service.updateServiceOrders(await slaActualMinutes(service, missing, now))
  }
}

type OrderWithLog = { id: string; sla_id: string | null; sla_events: unknown }

/** Each order's actual business minutes of its met targets, from its SLA log (also the demo seed's, after it backdates a log). */
export async function slaActualMinutes(service: ServiceManagementModuleService, orders: OrderWithLog[], now: Date) {
  const slas = await service.listServiceLevelAgreements({ id: [...new Set(orders.map((o) => o.sla_id!))] }, { withDeleted: true })
  return orders.flatMap((o) => {
    const sla = slas.find((s) => s.id === o.sla_id)
    return sla ? [{ id: o.id, ...metTargetMinutes(slaCalendar(sla), o.sla_events as SlaLogEntry[], sla, now) }] : []
  })
}
