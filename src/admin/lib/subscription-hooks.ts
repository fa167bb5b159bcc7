import { keepPreviousData, useMutation, useQuery } from "@tanstack/react-query"
import { clean, get, post, queryKeys, useInvalidate, type Params } from "./hooks"
import type { BillingRun, FeeTransaction, ServiceSubscription, SubscriptionGroup } from "./subscription-types"
import type { ListResponse, ServiceOrder } from "./types"

export const subscriptionKeys = {
  all: ["service-subscriptions"] as const,
  list: (params?: Params) => ["service-subscriptions", "list", clean(params)] as const,
  detail: (id: string) => ["service-subscriptions", "detail", id] as const,
  groups: ["subscription-groups"] as const,
  fees: (params?: Params) => ["subscription-fee-transactions", clean(params)] as const,
  runs: ["subscription-billing-runs"] as const,
  runList: (params?: Params) => ["subscription-billing-runs", "list", clean(params)] as const,
  run: (id: string) => ["subscription-billing-runs", "detail", id] as const,
}

export const useServiceSubscriptions = (params: Params, options?: { enabled?: boolean }) =>
  useQuery({
    queryKey: subscriptionKeys.list(params),
    queryFn: () => get<ListResponse<"service_subscriptions", ServiceSubscription>>("/admin/service-subscriptions", params),
    placeholderData: keepPreviousData,
    ...options,
  })

export const useServiceSubscription = (id: string) =>
  useQuery({
    queryKey: subscriptionKeys.detail(id),
    queryFn: () => get<{ service_subscription: ServiceSubscription }>(`/admin/service-subscriptions/${id}`),
    enabled: !!id,
  })

export const useSubscriptionGroups = () =>
  useQuery({
    queryKey: subscriptionKeys.groups,
    queryFn: () => get<ListResponse<"subscription_groups", SubscriptionGroup>>("/admin/subscription-groups", { limit: 200 }),
  })

export const useFeeTransactions = (params: Params) =>
  useQuery({
    queryKey: subscriptionKeys.fees(params),
    queryFn: () => get<ListResponse<"subscription_fee_transactions", FeeTransaction>>("/admin/subscription-fee-transactions", params),
    placeholderData: keepPreviousData,
  })

type SubscriptionResponse = { service_subscription: ServiceSubscription }

export const useCreateServiceSubscription = () => {
  const invalidate = useInvalidate()
  return useMutation({
    mutationFn: (body: Record<string, unknown>) => post<SubscriptionResponse>("/admin/service-subscriptions", body),
    onSuccess: () => invalidate(subscriptionKeys.all),
  })
}

export const useUpdateServiceSubscription = (id: string) => {
  const invalidate = useInvalidate()
  return useMutation({
    mutationFn: (body: Record<string, unknown>) => post<SubscriptionResponse>(`/admin/service-subscriptions/${id}`, body),
    onSuccess: () => invalidate(subscriptionKeys.all),
  })
}

export const useSubscriptionAction = (id: string) => {
  const invalidate = useInvalidate()
  return useMutation({
    mutationFn: ({ action, from, from_status }: { action: "pause" | "resume" | "cancel"; from?: string; from_status: string }) =>
      post<SubscriptionResponse>(`/admin/service-subscriptions/${id}/${action}`, { from_status, ...(from ? { from } : {}) }),
    // Also when refused: a 409 shows the status now.
    onSettled: () => invalidate(subscriptionKeys.all, ["subscription-fee-transactions"]),
  })
}

export const useBillingRuns = (params: Params, options?: { refetchInterval?: number | false }) =>
  useQuery({
    queryKey: subscriptionKeys.runList(params),
    queryFn: () => get<ListResponse<"subscription_billing_runs", BillingRun>>("/admin/subscription-billing-runs", params),
    placeholderData: keepPreviousData,
    ...options,
  })

export const useBillingRun = (id: string) =>
  useQuery({
    queryKey: subscriptionKeys.run(id),
    queryFn: () => get<{ subscription_billing_run: BillingRun }>(`/admin/subscription-billing-runs/${id}`),
    enabled: !!id,
  })

export const useStartBillingRun = () => {
  const invalidate = useInvalidate()
  return useMutation({
    mutationFn: (body: { as_of?: string }) => post<{ subscription_billing_run: BillingRun }>("/admin/subscription-billing-runs", body),
    onSettled: () => invalidate(subscriptionKeys.runs, subscriptionKeys.all, ["subscription-fee-transactions"]),
  })
}

export const usePostServiceOrder = (id: string) => {
  const invalidate = useInvalidate()
  return useMutation({
    mutationFn: () => post<{ service_order: ServiceOrder }>(`/admin/service-orders/${id}/post`, {}),
    onSuccess: () => invalidate(queryKeys.serviceOrders),
  })
}
