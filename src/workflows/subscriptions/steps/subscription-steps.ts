import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SERVICE_MANAGEMENT_MODULE, ServiceSubscriptionDTO, SubscriptionFeeTransactionDTO, SubscriptionGroupDTO } from "../../../modules/service-management"
import ServiceManagementModuleService from "../../../modules/service-management/service"
import { defineCreateStep, defineSoftDeleteStep, defineUpdateStep } from "../../common/steps/entity-steps"

export const createSubscriptionGroupsStepId = "create-subscription-groups"
/** Creates subscription groups; compensation deletes them. */
export const createSubscriptionGroupsStep = defineCreateStep<Record<string, unknown>, SubscriptionGroupDTO>(
  createSubscriptionGroupsStepId,
  "ServiceSubscriptionGroups"
)

export const updateSubscriptionGroupsStepId = "update-subscription-groups"
/** Updates subscription groups; compensation restores the changed fields. */
export const updateSubscriptionGroupsStep = defineUpdateStep<{ id: string } & Record<string, unknown>, SubscriptionGroupDTO>(
  updateSubscriptionGroupsStepId,
  "ServiceSubscriptionGroups"
)

export const deleteSubscriptionGroupsStepId = "delete-subscription-groups"
/** Soft-deletes subscription groups; compensation restores them. */
export const deleteSubscriptionGroupsStep = defineSoftDeleteStep(deleteSubscriptionGroupsStepId, "ServiceSubscriptionGroups")

export const createServiceSubscriptionsStepId = "create-service-subscriptions"
/** Creates numbered subscriptions (SUB-000001); compensation deletes them (their numbers stay used). */
export const createServiceSubscriptionsStep = createStep(
  createServiceSubscriptionsStepId,
  async (rows: Record<string, unknown>[], { container }) => {
    const service = container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
    const created = await service.createNumberedServiceSubscriptions(rows)
    return new StepResponse(created, created.map((s) => s.id))
  },
  async (ids, { container }) => {
    if (ids?.length) {
      await container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE).deleteServiceSubscriptions(ids)
    }
  }
)

export const updateServiceSubscriptionsStepId = "update-service-subscriptions"
/** Updates subscriptions; compensation restores the changed fields. */
export const updateServiceSubscriptionsStep = defineUpdateStep<{ id: string } & Record<string, unknown>, ServiceSubscriptionDTO>(
  updateServiceSubscriptionsStepId,
  "ServiceSubscriptions"
)

export const updateFeeTransactionsStepId = "update-subscription-fee-transactions"
/** Updates fee transactions (pro-rata amounts, credits); compensation restores the changed fields. */
export const updateFeeTransactionsStep = defineUpdateStep<{ id: string } & Record<string, unknown>, SubscriptionFeeTransactionDTO>(
  updateFeeTransactionsStepId,
  "ServiceSubscriptionFeeTransactions"
)

export const deleteFeeTransactionsStepId = "delete-subscription-fee-transactions"
/** Soft-deletes pending fee transactions left without a billable day; compensation restores them. */
export const deleteFeeTransactionsStep = defineSoftDeleteStep(deleteFeeTransactionsStepId, "ServiceSubscriptionFeeTransactions")
