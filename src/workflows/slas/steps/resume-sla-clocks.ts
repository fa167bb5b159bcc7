import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SERVICE_MANAGEMENT_MODULE } from "../../../modules/service-management"
import ServiceManagementModuleService from "../../../modules/service-management/service"
import { SlaLogEntry, slaClockState, stageSlaEvents } from "../../../modules/service-management/utils/sla-clock"
import { ServiceActor } from "../../types"
import { SLA_FIELDS, slaEventRows, SlaEventsCompensation, slaLogChange, undoSlaEvents } from "./record-sla-events"

export type ResumeSlaClocksInput = {
  /** Each order's clock resumes at `at` if it is paused since then or earlier. */
  resumes: { service_order_id: string; at: Date }[]
  reason_code: string
  actor: ServiceActor
}

export const resumeSlaClocksStepId = "resume-sla-clocks"
/**
 * Resumes the SLA clocks the plugin paused, each at its own past instant (an estimate's expiry),
 * for a batch of orders in a fixed number of queries. An order whose clock runs, has no SLA, or
 * was paused again after that instant is left alone, so a second run records nothing. Events are
 * recorded with source `system`; compensation removes them and restores the orders' fields.
 */
export const resumeSlaClocksStep = createStep(
  resumeSlaClocksStepId,
  async (input: ResumeSlaClocksInput, { container }) => {
    if (!input.resumes.length) {
      return new StepResponse<string[], SlaEventsCompensation>([], null)
    }
    const service = container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
    const orders = await service.listServiceOrders(
      { id: input.resumes.map((r) => r.service_order_id) },
      { select: [...SLA_FIELDS, "sla_id"], relations: ["sla_events"] }
    )
    const slaIds = [...new Set(orders.map((o) => o.sla_id).filter((id): id is string => !!id))]
    const slas = new Map(
      (slaIds.length ? await service.listServiceLevelAgreements({ id: slaIds }, { withDeleted: true }) : []).map((s) => [s.id, s])
    )
    const at = new Map(input.resumes.map((r) => [r.service_order_id, new Date(r.at)]))
    const now = new Date()
    const changes = orders.flatMap((order) => {
      const sla = order.sla_id ? slas.get(order.sla_id) : undefined
      const log = order.sla_events as unknown as SlaLogEntry[]
      const state = slaClockState(log)
      const resumeAt = at.get(order.id)!
      if (!sla || !state.paused_since || state.paused_since > resumeAt) {
        return []
      }
      const planned = stageSlaEvents(state, null, "resume", input.reason_code).map((e) => ({ ...e, occurred_at: resumeAt }))
      return planned.length ? [{ order, planned, ...slaLogChange(order, sla, log, planned, now) }] : []
    })
    if (!changes.length) {
      return new StepResponse<string[], SlaEventsCompensation>([], null)
    }
    const events = await service.createSlaEvents(changes.flatMap((c) => slaEventRows(c.order.id, c.planned, "system", input.actor)))
    await service.updateServiceOrders(changes.map((c) => c.update))
    return new StepResponse<string[], SlaEventsCompensation>(
      changes.map((c) => c.order.id),
      { eventIds: events.map((e) => e.id), previous: changes.map((c) => c.previous) }
    )
  },
  undoSlaEvents
)
