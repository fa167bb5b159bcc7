import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SERVICE_MANAGEMENT_MODULE, ServiceAgreementDTO, ServiceAgreementLineDTO } from "../../../modules/service-management"
import ServiceManagementModuleService from "../../../modules/service-management/service"
import { ServiceActor } from "../../types"
import { CreateServiceAgreementRow, ServiceAgreementHeaderInput, ServiceAgreementLineInput } from "./agreement-steps"
import { assertCustomerExists, assertSlaUsable, assertWindow } from "./validate-agreement-refs"

export type PrepareServiceAgreementInput = Partial<ServiceAgreementHeaderInput> & {
  /** A template agreement to start from: its header fills what is not given, its lines are copied. */
  template_id?: string | null
  lines?: ServiceAgreementLineInput[]
  actor?: ServiceActor
}

const LINE_COPY = ["type", "description", "service_task_id", "quantity", "unit_price", "unit_cost", "recurrence", "metadata"] as const

export const prepareServiceAgreementStepId = "prepare-service-agreement"
/**
 * Checks what a new agreement names (customer, SLA, template, validity) and returns the row to
 * write in draft, with its lines: the given ones, else the template's (without service objects
 * and validity dates, which belong to the customer's agreement).
 */
export const prepareServiceAgreementStep = createStep(
  prepareServiceAgreementStepId,
  async (input: PrepareServiceAgreementInput, { container }) => {
    const service = container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
    let template: (ServiceAgreementDTO & { lines: ServiceAgreementLineDTO[] }) | undefined
    if (input.template_id) {
      ;[template] = await service.listServiceAgreements({ id: input.template_id }, { relations: ["lines"] })
      if (!template) {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, `Service agreement template ${input.template_id} was not found`)
      }
      if (!template.is_template) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `Service agreement ${template.number} is not a template`)
      }
    }
    const { lines, actor, template_id, ...header } = input
    const pick = <K extends keyof ServiceAgreementHeaderInput>(key: K) => (header[key] !== undefined ? header[key] : template?.[key])
    const row = {
      customer_id: header.customer_id ?? null,
      name: pick("name"),
      description: pick("description") ?? null,
      valid_from: header.valid_from ?? new Date(),
      valid_to: header.valid_to ?? null,
      agreement_group: pick("agreement_group") ?? null,
      sla_id: pick("sla_id") ?? null,
      currency_code: String(pick("currency_code") ?? service.getOptions().defaultCurrencyCode).toLowerCase(),
      is_template: header.is_template ?? false,
      template_id: template_id ?? null,
      status: "draft" as const,
      metadata: header.metadata ?? null,
      created_by: actor?.id ?? null,
    }
    if (!row.name) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "A service agreement needs a name (or a template to take it from)")
    }
    if (!row.is_template && !row.customer_id) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "customer_id is required unless the agreement is a template")
    }
    if (row.is_template && row.customer_id) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "A template has no customer; leave customer_id out")
    }
    assertWindow(row.valid_from, row.valid_to, "Service agreement")
    if (row.customer_id) {
      await assertCustomerExists(container, row.customer_id)
    }
    if (row.sla_id) {
      await assertSlaUsable(container, row.sla_id)
    }
    const copied = (template?.lines ?? []).map((l) =>
      Object.fromEntries(LINE_COPY.map((k) => [k, k === "quantity" || k.startsWith("unit_") ? Number(l[k]) : l[k]]))
    ) as ServiceAgreementLineInput[]
    return new StepResponse({ row: row as CreateServiceAgreementRow, lines: lines?.length ? lines : copied })
  }
)
