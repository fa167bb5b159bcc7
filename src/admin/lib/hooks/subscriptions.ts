import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { get, post, queryKeysFactory, resourceQueries, useRefreshingMutation, type Params } from "../client"
import type { FeeTransaction, ServiceSubscription, SubscriptionGroup } from "../../../types"
import type { ListResponse } from "../types"

export const subscriptionKeys = queryKeysFactory("service-subscriptions")
export const subscriptionGroupKeys = queryKeysFactory("subscription-groups")
export const feeTransactionKeys = queryKeysFactory("subscription-fee-transactions")

type SubscriptionList = ListResponse<"service_subscriptions", ServiceSubscription>
type SubscriptionResponse = { service_subscription: ServiceSubscription }

export const { useList: useServiceSubscriptions, useDetail: useServiceSubscription } = resourceQueries<SubscriptionList, SubscriptionResponse>(subscriptionKeys, "/admin/service-subscriptions")

export const useSubscriptionGroups = () =>
  useQuery({
    queryKey: subscriptionGroupKeys.list({ limit: 200 }),
    queryFn: () => get<ListResponse<"subscription_groups", SubscriptionGroup>>("/admin/subscription-groups", { limit: 200 }),
  })

export const useFeeTransactions = (params: Params) =>
  useQuery({
    queryKey: feeTransactionKeys.list(params),
    queryFn: () =>
      get<ListResponse<"subscription_fee_transactions", FeeTransaction>>("/admin/subscription-fee-transactions", params),
    placeholderData: keepPreviousData,
  })

export const useCreateServiceSubscription = () =>
  useRefreshingMutation(
    (body: Record<string, unknown>) => post<SubscriptionResponse>("/admin/service-subscriptions", body),
    [subscriptionKeys.all]
  )

export const useUpdateServiceSubscription = (id: string) =>
  useRefreshingMutation(
    (body: Record<string, unknown>) => post<SubscriptionResponse>(`/admin/service-subscriptions/${id}`, body),
    [subscriptionKeys.all]
  )

/** Also refreshed when refused: a 409 shows the status now. */
export const useSubscriptionAction = (id: string) =>
  useRefreshingMutation(
    ({ action, from, from_status }: { action: "pause" | "resume" | "cancel"; from?: string; from_status: string }) =>
      post<SubscriptionResponse>(`/admin/service-subscriptions/${id}/${action}`, { from_status, ...(from ? { from } : {}) }),
    [subscriptionKeys.all, feeTransactionKeys.all],
    "onSettled"
  )
