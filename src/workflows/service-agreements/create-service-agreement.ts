import { AdditionalData } from "@medusajs/framework/types"
import { createHook, createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { ServiceManagementEvents } from "../events"
import { withoutAdditionalData } from "../common/utils/without-additional-data"
import { createServiceAgreementLinesStep, createServiceAgreementsStep, ServiceAgreementLineRow } from "./steps/agreement-steps"
import { prepareAgreementLinesStep } from "./steps/prepare-agreement-lines"
import { prepareServiceAgreementStep, PrepareServiceAgreementInput } from "./steps/prepare-service-agreement"

export type CreateServiceAgreementWorkflowInput = PrepareServiceAgreementInput & AdditionalData

export const createServiceAgreementWorkflowId = "create-service-agreement"
/**
 * Creates a numbered agreement (SA-000001) in draft with its lines — or, from a template, with
 * the template's lines. Hooks: `validate`, `serviceAgreementCreated`. Event: `service_agreement.created`.
 */
export const createServiceAgreementWorkflow = createWorkflow(
  createServiceAgreementWorkflowId,
  (input: CreateServiceAgreementWorkflowInput) => {
    const prepared = prepareServiceAgreementStep(transform({ input }, ({ input }) => withoutAdditionalData(input)))
    // Lines are checked before the agreement is written.
    const lineRows = prepareAgreementLinesStep(
      transform({ prepared }, ({ prepared }) => ({ agreement: { customer_id: prepared.row.customer_id }, lines: prepared.lines }))
    )
    const validate = createHook("validate", { input })
    const created = createServiceAgreementsStep(transform({ prepared }, ({ prepared }) => [prepared.row]))
    const agreement = transform({ created }, ({ created }) => created[0])
    when("service-agreement-has-lines", { prepared }, ({ prepared }) => prepared.lines.length > 0).then(() => {
      createServiceAgreementLinesStep(
        transform({ agreement, lineRows }, ({ agreement, lineRows }) =>
          lineRows.map((row) => ({ ...row, agreement_id: agreement.id }) as ServiceAgreementLineRow)
        )
      )
    })
    const serviceAgreementCreated = createHook("serviceAgreementCreated", {
      service_agreement: agreement,
      additional_data: input.additional_data,
    })
    emitEventStep({
      eventName: ServiceManagementEvents.SERVICE_AGREEMENT_CREATED,
      data: transform({ agreement }, ({ agreement }) => ({
        id: agreement.id,
        number: agreement.number,
        customer_id: agreement.customer_id,
        is_template: agreement.is_template,
      })),
    })
    return new WorkflowResponse(agreement, { hooks: [validate, serviceAgreementCreated] })
  }
)
