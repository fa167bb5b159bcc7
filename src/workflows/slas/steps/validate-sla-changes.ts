import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SERVICE_MANAGEMENT_MODULE } from "../../../modules/service-management"
import ServiceManagementModuleService from "../../../modules/service-management/service"
import { validateBusinessCalendar } from "../../../modules/service-management/utils/business-time"
import { slaCalendar } from "../../../modules/service-management/utils/sla-clock"
import { ServiceLevelAgreementInput, ServiceLevelAgreementRow, SlaCustomerGroupRow } from "./sla-steps"

type SlaUpdate = { id: string } & Partial<Omit<ServiceLevelAgreementInput, "code">>

export type ValidateSlaChangesInput = {
  create?: ServiceLevelAgreementInput[]
  update?: SlaUpdate[]
}

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

export const validateSlaChangesStepId = "validate-sla-changes"
/**
 * Checks SLAs as they will be after the change — a usable calendar (IANA zone, working hours,
 * non-overlapping holidays), a response target within the resolution target, customer groups
 * that exist and have no other SLA — and returns the rows to write: the SLAs, the previous
 * default to clear, and the group assignments to add (per created SLA by index) and remove.
 */
export const validateSlaChangesStep = createStep(
  validateSlaChangesStepId,
  async ({ create = [], update = [] }: ValidateSlaChangesInput, { container }) => {
    const service = container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const existing = update.length
      ? await service.listServiceLevelAgreements({ id: update.map((u) => u.id) }, { relations: ["customer_groups"] })
      : []
    const merged = [
      ...create.map((c) => ({ id: undefined as string | undefined, current: undefined as (typeof existing)[number] | undefined, next: c })),
      ...update.map((u) => {
        const current = existing.find((s) => s.id === u.id)
        if (!current) {
          throw new MedusaError(MedusaError.Types.NOT_FOUND, `Service level agreement with id: ${u.id} was not found`)
        }
        return { id: u.id, current, next: { ...current, ...u } as ServiceLevelAgreementInput }
      }),
    ]
    for (const { next } of merged) {
      const problems = validateBusinessCalendar(slaCalendar(next))
      if (problems.length) {
        throw invalid(`SLA ${next.code}: the calendar is not usable: ${problems.join("; ")}`)
      }
      if (next.response_minutes > next.resolution_minutes) {
        throw invalid(`SLA ${next.code}: response_minutes (${next.response_minutes}) exceed resolution_minutes (${next.resolution_minutes})`)
      }
    }
    if (merged.filter((m) => m.next.is_default).length > 1) {
      throw invalid("Only one SLA can be the default")
    }

    const groupIds = [...new Set(merged.flatMap((m) => (m.next as ServiceLevelAgreementInput).customer_group_ids ?? []))]
    if (groupIds.length) {
      const { data: groups } = await query.graph({ entity: "customer_group", fields: ["id"], filters: { id: groupIds } })
      const missing = groupIds.filter((id) => !groups.some((g) => g.id === id))
      if (missing.length) {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, `Customer group ${missing.join(", ")} was not found`)
      }
      const taken = await service.listSlaCustomerGroups({ customer_group_id: groupIds }, { relations: ["sla"] })
      for (const t of taken) {
        if (!update.some((u) => u.id === t.sla?.id)) {
          throw new MedusaError(
            MedusaError.Types.NOT_ALLOWED,
            `Customer group ${t.customer_group_id} already has SLA ${t.sla?.code}; a customer group has one SLA`
          )
        }
      }
    }

    const strip = ({ customer_group_ids, ...row }: ServiceLevelAgreementInput | SlaUpdate) => row
    const claimsDefault = merged.find((m) => m.next.is_default && !m.current?.is_default)
    const [previousDefault] = claimsDefault
      ? await service.listServiceLevelAgreements({ is_default: true }, { select: ["id"] })
      : []
    const groupsAdd: SlaCustomerGroupRow[] = []
    const groupsRemove: string[] = []
    for (const { id, current, next } of merged.filter((m) => m.id)) {
      const wanted = (next as ServiceLevelAgreementInput).customer_group_ids
      if (!wanted || !update.find((u) => u.id === id)?.customer_group_ids) {
        continue
      }
      const have = (current!.customer_groups ?? []) as { id: string; customer_group_id: string }[]
      groupsRemove.push(...have.filter((h) => !wanted.includes(h.customer_group_id)).map((h) => h.id))
      groupsAdd.push(
        ...wanted
          .filter((g) => !have.some((h) => h.customer_group_id === g))
          .map((g) => ({ sla_id: id!, customer_group_id: g }))
      )
    }
    return new StepResponse({
      create: create.map(strip) as ServiceLevelAgreementRow[],
      update: update.map(strip) as ({ id: string } & Partial<ServiceLevelAgreementRow>)[],
      clear_default: previousDefault && !update.some((u) => u.id === previousDefault.id)
        ? [{ id: previousDefault.id, is_default: false as const }]
        : [],
      create_group_ids: create.map((c) => c.customer_group_ids ?? []),
      groups_add: groupsAdd,
      groups_remove: groupsRemove,
    })
  }
)
