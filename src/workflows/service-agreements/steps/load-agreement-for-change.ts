import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { assertAgreementEditable } from "../../../modules/service-management/utils/agreement-status"
import { ServiceAgreementHeaderInput } from "./agreement-steps"
import { assertCustomerExists, assertSlaUsable, assertWindow, loadAgreementWithLines } from "./validate-agreement-refs"

export type LoadAgreementForChangeInput = {
  agreement_id: string
  /** Lines the change names; each must belong to the agreement (else 404). */
  line_ids?: string[]
  /** Header changes to check against the agreement's status. */
  update?: Partial<ServiceAgreementHeaderInput>
  /** Deleting is only for drafts and templates; others are cancelled. */
  delete?: boolean
}

// What a customer signed: fixed once the agreement leaves draft.
const DRAFT_ONLY = ["customer_id", "currency_code", "valid_from", "is_template"] as const

export const loadAgreementForChangeStepId = "load-agreement-for-change"
/** Loads an agreement with its lines and refuses changes its status does not allow. */
export const loadAgreementForChangeStep = createStep(
  loadAgreementForChangeStepId,
  async (input: LoadAgreementForChangeInput, { container }) => {
    const agreement = await loadAgreementWithLines(container, input.agreement_id)
    if (input.delete && agreement.status !== "draft") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Service agreement ${agreement.number} is ${agreement.status}; only drafts and templates can be deleted, cancel it instead`
      )
    }
    assertAgreementEditable(agreement)
    const foreign = (input.line_ids ?? []).filter((id) => !agreement.lines.some((l) => l.id === id))
    if (foreign.length) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Service agreement line ${foreign.join(", ")} was not found on service agreement ${agreement.number}`
      )
    }
    const update = input.update
    if (update) {
      const locked = DRAFT_ONLY.filter((k) => update[k] !== undefined && String(update[k]) !== String(agreement[k]))
      if (locked.length && agreement.status !== "draft") {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          `Service agreement ${agreement.number} is ${agreement.status}; ${locked.join(", ")} can only change while it is a draft`
        )
      }
      const isTemplate = update.is_template ?? agreement.is_template
      const customerId = update.customer_id !== undefined ? update.customer_id : agreement.customer_id
      if (isTemplate && customerId) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, "A template has no customer; leave customer_id out")
      }
      if (!isTemplate && !customerId) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, "customer_id is required unless the agreement is a template")
      }
      assertWindow(update.valid_from ?? agreement.valid_from, update.valid_to !== undefined ? update.valid_to : agreement.valid_to, "Service agreement")
      if (update.customer_id) {
        await assertCustomerExists(container, update.customer_id)
      }
      if (update.sla_id) {
        await assertSlaUsable(container, update.sla_id)
      }
    }
    return new StepResponse(agreement)
  }
)
