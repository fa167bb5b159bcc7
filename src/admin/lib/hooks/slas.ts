import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { del, get, post, queryKeysFactory, useRefreshingMutation, type Params } from "../client"
import type { ServiceLevelAgreement, ServiceLevelAgreementInput, ServiceOrderSlaView, SlaEventInput } from "../../../types"
import type { ListResponse } from "../types"
import { serviceOrderKeys } from "./service-orders"

export const slaKeys = {
  ...queryKeysFactory("service-level-agreements"),
  // Under "service-orders": an order change refreshes its SLA.
  order: (orderId: string) => ["service-orders", "sla", orderId] as const,
}

type SlaResponse = { service_level_agreement: ServiceLevelAgreement }

export const useServiceLevelAgreements = (params: Params = {}) =>
  useQuery({
    queryKey: slaKeys.list(params),
    queryFn: () =>
      get<ListResponse<"service_level_agreements", ServiceLevelAgreement>>("/admin/service-level-agreements", params),
    placeholderData: keepPreviousData,
  })

export const useCreateServiceLevelAgreement = () =>
  useRefreshingMutation(
    (body: ServiceLevelAgreementInput) => post<SlaResponse>("/admin/service-level-agreements", body),
    [slaKeys.all]
  )

export const useUpdateServiceLevelAgreement = () =>
  useRefreshingMutation(
    ({ id, ...body }: ServiceLevelAgreementInput & { id: string }) =>
      post<SlaResponse>(`/admin/service-level-agreements/${id}`, body),
    [slaKeys.all]
  )

export const useDeleteServiceLevelAgreement = () =>
  useRefreshingMutation((id: string) => del(`/admin/service-level-agreements/${id}`), [slaKeys.all])

// ---------- A service order's SLA ----------

export const useServiceOrderSla = (id: string) =>
  useQuery({
    queryKey: slaKeys.order(id),
    queryFn: () => get<ServiceOrderSlaView>(`/admin/service-orders/${id}/sla`),
    enabled: !!id,
    // The clock runs: refresh the elapsed and remaining times every minute.
    refetchInterval: 60_000,
  })

export const useRecordSlaEvent = (id: string) =>
  useRefreshingMutation(
    (body: SlaEventInput) => post<ServiceOrderSlaView>(`/admin/service-orders/${id}/sla`, body),
    [slaKeys.order(id), serviceOrderKeys.all]
  )
