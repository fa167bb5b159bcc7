import { post, queryKeysFactory, resourceQueries, useRefreshingMutation } from "../client"
import type { BillingRun } from "../../../types"
import type { ListResponse } from "../types"
import { feeTransactionKeys, subscriptionKeys } from "./subscriptions"

export const billingRunKeys = queryKeysFactory("subscription-billing-runs")

type RunList = ListResponse<"subscription_billing_runs", BillingRun>
type RunResponse = { subscription_billing_run: BillingRun }

export const { useList: useBillingRuns, useDetail: useBillingRun } = resourceQueries<RunList, RunResponse>(billingRunKeys, "/admin/subscription-billing-runs")

/** Starts a billing run; the runs, subscriptions and fees it touches refresh whether it succeeded or not. */
export const useStartBillingRun = () =>
  useRefreshingMutation(
    (body: { as_of?: string }) => post<RunResponse>("/admin/subscription-billing-runs", body),
    [billingRunKeys.all, subscriptionKeys.all, feeTransactionKeys.all],
    "onSettled"
  )
