import { AdditionalData } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { createHook, createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { SERVICE_MANAGEMENT_MODULE } from "../../modules/service-management"
import ServiceManagementModuleService from "../../modules/service-management/service"
import { createSubscriptionGroupsStep, deleteSubscriptionGroupsStep, updateSubscriptionGroupsStep } from "./steps/subscription-steps"
import { defineDeleteWorkflow } from "../common/define-delete-workflow"
import { ensureExistsStep } from "../common/steps/ensure-exists"
import { withoutAdditionalData } from "../common/utils/without-additional-data"

export type SubscriptionGroupInput = { code: string; name: string; description?: string | null; metadata?: Record<string, unknown> | null }

const checkGroupCodesStep = createStep(
  "check-subscription-group-codes",
  async (input: { code?: string; id?: string }, { container }) => {
    if (input.code) {
      const service = container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
      const [taken] = await service.listServiceSubscriptionGroups({ code: input.code }, { select: ["id"] })
      if (taken && taken.id !== input.id) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `A subscription group with code "${input.code}" already exists`)
      }
    }
    return new StepResponse(true)
  }
)

const checkGroupsUnusedStep = createStep("check-subscription-groups-unused", async (ids: string[], { container }) => {
  const service = container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
  const used = await service.listServiceSubscriptions({ group_id: ids }, { select: ["id", "number", "group_id"], take: 1 })
  if (used.length) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `Subscription group ${used[0].group_id} is used by subscription ${used[0].number}; move its subscriptions first`
    )
  }
  return new StepResponse(true)
})

/** Creates a subscription group (unique code). Hooks: `validate`, `subscriptionGroupCreated`. */
export const createSubscriptionGroupWorkflow = createWorkflow(
  "create-subscription-group",
  (input: SubscriptionGroupInput & AdditionalData) => {
    checkGroupCodesStep(transform({ input }, ({ input }) => ({ code: input.code })))
    const validate = createHook("validate", { input })
    const created = createSubscriptionGroupsStep(transform({ input }, ({ input }) => [withoutAdditionalData(input)]))
    const group = transform({ created }, ({ created }) => created[0])
    const subscriptionGroupCreated = createHook("subscriptionGroupCreated", { subscription_group: group, additional_data: input.additional_data })
    return new WorkflowResponse(group, { hooks: [validate, subscriptionGroupCreated] })
  }
)

/** Changes a subscription group. Hooks: `validate`, `subscriptionGroupChanged`. */
export const updateSubscriptionGroupWorkflow = createWorkflow(
  "update-subscription-group",
  (input: Partial<SubscriptionGroupInput> & { id: string } & AdditionalData) => {
    ensureExistsStep({ entity: "service_subscription_group", label: "Subscription group", id: input.id })
    checkGroupCodesStep(transform({ input }, ({ input }) => ({ code: input.code, id: input.id })))
    const validate = createHook("validate", { input })
    const updated = updateSubscriptionGroupsStep(transform({ input }, ({ input }) => [withoutAdditionalData(input)]))
    const group = transform({ updated }, ({ updated }) => updated[0])
    const subscriptionGroupChanged = createHook("subscriptionGroupChanged", { subscription_group: group, additional_data: input.additional_data })
    return new WorkflowResponse(group, { hooks: [validate, subscriptionGroupChanged] })
  }
)

/** Deletes unused subscription groups (refused while a subscription uses one). Hooks: `validate`, `subscriptionGroupsDeleted`. */
export const deleteSubscriptionGroupsWorkflow = defineDeleteWorkflow("delete-subscription-groups", "subscriptionGroupsDeleted", {
  remove: deleteSubscriptionGroupsStep,
  exists: { entity: "service_subscription_group", label: "Subscription group" },
  deletable: checkGroupsUnusedStep,
})
