import { ServiceSubscriptionDTO, SubscriptionFeeTransactionDTO, SubscriptionGroupDTO } from "../../../modules/service-management"
import { SubscriptionCursorFields } from "../../../modules/service-management/utils/subscription-cursor"
import { defineCreateStep, defineEntitySteps, defineNumberedCreateStep, defineUpdateStep } from "../../common/steps/entity-steps"

const groupIds = {
  create: "create-subscription-groups",
  update: "update-subscription-groups",
  delete: "delete-subscription-groups",
} as const
const groupSteps = defineEntitySteps<Record<string, unknown>, SubscriptionGroupDTO>("ServiceSubscriptionGroups", groupIds)
export const {
  create: createSubscriptionGroupsStepId,
  update: updateSubscriptionGroupsStepId,
  delete: deleteSubscriptionGroupsStepId,
} = groupIds
export const {
  create: createSubscriptionGroupsStep,
  update: updateSubscriptionGroupsStep,
  delete: deleteSubscriptionGroupsStep,
} = groupSteps

export const createServiceSubscriptionsStepId = "create-service-subscriptions"
/** Creates numbered subscriptions (SUB-000001); compensation deletes them and gives their numbers back if still the last. */
export const createServiceSubscriptionsStep = defineNumberedCreateStep(
  createServiceSubscriptionsStepId,
  "ServiceSubscriptions",
  (service, rows: Record<string, unknown>[]) => service.createNumberedServiceSubscriptions(rows)
)

export const updateServiceSubscriptionsStepId = "update-service-subscriptions"
/** Updates subscriptions; compensation restores the changed fields. */
export const updateServiceSubscriptionsStep = defineUpdateStep<{ id: string } & Record<string, unknown>, ServiceSubscriptionDTO>(
  updateServiceSubscriptionsStepId,
  "ServiceSubscriptions"
)

export const createSubscriptionCursorsStepId = "create-subscription-cursors"
/** Creates billing cursors (before the subscriptions that key them); compensation deletes them. */
export const createSubscriptionCursorsStep = defineCreateStep<SubscriptionCursorFields, { id: string }>(
  createSubscriptionCursorsStepId,
  "ServiceSubscriptionCursors"
)

export const updateSubscriptionCursorsStepId = "update-subscription-cursors"
/** Moves billing cursors; compensation writes back where they were. */
export const updateSubscriptionCursorsStep = defineUpdateStep<{ id: string } & SubscriptionCursorFields, { id: string }>(
  updateSubscriptionCursorsStepId,
  "ServiceSubscriptionCursors"
)

const feeTransactionIds = {
  update: "update-subscription-fee-transactions",
  delete: "delete-subscription-fee-transactions",
} as const
const feeTransactionSteps = defineEntitySteps<Record<string, unknown>, SubscriptionFeeTransactionDTO>(
  "ServiceSubscriptionFeeTransactions",
  feeTransactionIds
)
export const { update: updateFeeTransactionsStepId, delete: deleteFeeTransactionsStepId } = feeTransactionIds
/** Updates fee transactions (pro-rata amounts, credits) and soft-deletes pending ones left without a billable day. */
export const { update: updateFeeTransactionsStep, delete: deleteFeeTransactionsStep } = feeTransactionSteps
