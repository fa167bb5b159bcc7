import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { get, post, queryKeysFactory, useRefreshingMutation, type Params, type QueryOptions } from "../client"
import type { BillingRun } from "../subscription-types"
import type { ListResponse } from "../types"
import { feeTransactionKeys, subscriptionKeys } from "./subscriptions"

export const billingRunKeys = queryKeysFactory("subscription-billing-runs")

type RunList = ListResponse<"subscription_billing_runs", BillingRun>
type RunResponse = { subscription_billing_run: BillingRun }

export const useBillingRuns = (params: Params, options?: QueryOptions<RunList>) =>
  useQuery({
    queryKey: billingRunKeys.list(params),
    queryFn: () => get<RunList>("/admin/subscription-billing-runs", params),
    placeholderData: keepPreviousData,
    ...options,
  })

export const useBillingRun = (id: string) =>
  useQuery({
    queryKey: billingRunKeys.detail(id),
    queryFn: () => get<RunResponse>(`/admin/subscription-billing-runs/${id}`),
    enabled: !!id,
  })

/** Starts a billing run; the runs, subscriptions and fees it touches refresh whether it succeeded or not. */
export const useStartBillingRun = () =>
  useRefreshingMutation(
    (body: { as_of?: string }) => post<RunResponse>("/admin/subscription-billing-runs", body),
    [billingRunKeys.all, subscriptionKeys.all, feeTransactionKeys.all],
    "onSettled"
  )
