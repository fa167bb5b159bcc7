import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { withTypedSuspensions } from "../../../modules/service-management/utils/agreement-status"
import { SERVICE_MANAGEMENT_MODULE } from "../../../modules/service-management"
import ServiceManagementModuleService, { ClaimedOccurrence, OccurrenceClaim } from "../../../modules/service-management/service"
import { lineOccurrences } from "../../../modules/service-management/utils/recurrence"
import { loadAgreementWithLines } from "./validate-agreement-refs"
import { defineCreateStepWith } from "../../common/steps/entity-steps"

export type PlanAgreementOccurrencesInput = { agreement_id: string; until: Date | string; limit: number }

export const planAgreementOccurrencesStepId = "plan-agreement-occurrences"
/**
 * Lists the occurrences of an active agreement's lines due up to `until` (inside the
 * agreement's and each line's validity, outside suspensions) that have no order yet, oldest
 * first, at most `limit`: `claims` to take, and `reclaimed`, claims a generation left without an
 * order when its process died between claiming and linking (the workflow holds the agreement's
 * lock, so no live generation is between those steps). Refuses agreements that are not active.
 */
export const planAgreementOccurrencesStep = createStep(
  planAgreementOccurrencesStepId,
  async (input: PlanAgreementOccurrencesInput, { container }) => {
    const service = container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
    const agreement = await loadAgreementWithLines(container, input.agreement_id)
    if (agreement.status !== "active" || agreement.is_template) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Service agreement ${agreement.number} is ${agreement.is_template ? "a template" : agreement.status}; only active agreements generate service orders`
      )
    }
    const until = new Date(input.until)
    const lines = agreement.lines.filter((l) => l.recurrence)
    const due = lines.flatMap((line) =>
      lineOccurrences({
        recurrence: line.recurrence!,
        agreement: { valid_from: new Date(agreement.valid_from), valid_to: agreement.valid_to ? new Date(agreement.valid_to) : null },
        line: { valid_from: line.valid_from ? new Date(line.valid_from) : null, valid_to: line.valid_to ? new Date(line.valid_to) : null },
        until,
        suspensions: withTypedSuspensions(agreement).suspensions,
      }).map((date) => ({ agreement_id: agreement.id, agreement_line_id: line.id, occurrence_date: date }))
    )
    const existing = due.length
      ? await service.listAgreementOccurrences(
          { agreement_line_id: lines.map((l) => l.id) },
          { select: ["id", "agreement_id", "agreement_line_id", "occurrence_date", "service_order_id"] }
        )
      : []
    const keyOf = (o: { agreement_line_id: string; occurrence_date: Date | string }) =>
      `${o.agreement_line_id}|${new Date(o.occurrence_date).getTime()}`
    const existingByKey = new Map(existing.map((o) => [keyOf(o), o]))
    const open = due
      .filter((c) => !existingByKey.get(keyOf(c))?.service_order_id)
      .sort((a, b) => a.occurrence_date.getTime() - b.occurrence_date.getTime() || a.agreement_line_id.localeCompare(b.agreement_line_id))
    const batch = open.slice(0, input.limit)
    const claims: OccurrenceClaim[] = batch.filter((c) => !existingByKey.has(keyOf(c)))
    const reclaimed: ClaimedOccurrence[] = batch.flatMap((c) => {
      const orphan = existingByKey.get(keyOf(c))
      return orphan ? [{ id: orphan.id, agreement_id: c.agreement_id, agreement_line_id: c.agreement_line_id, occurrence_date: c.occurrence_date }] : []
    })
    return new StepResponse({ agreement, claims, reclaimed, has_more: open.length > batch.length })
  }
)

export const claimAgreementOccurrencesStepId = "claim-agreement-occurrences"
/**
 * Claims occurrences through the unique (line, date) key: only those no other generation
 * claimed first come back. Compensation deletes the claims, so a later run can take them.
 */
export const claimAgreementOccurrencesStep = defineCreateStepWith(
  claimAgreementOccurrencesStepId,
  "AgreementOccurrences",
  (service, claims: OccurrenceClaim[]) => service.claimAgreementOccurrences(claims)
)
