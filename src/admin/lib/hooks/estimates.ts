import { useQuery } from "@tanstack/react-query"
import { get, post, useRefreshingMutation } from "../client"
import type { ServiceEstimateBody, ServiceEstimateResponse } from "../../../types"
import { serviceOrderKeys } from "./service-orders"

/** The estimate sits under the order's keys: a change to the order (its lines) refreshes it. */
const estimateKey = (id: string) => [...serviceOrderKeys.detail(id), "estimate"]

export const useServiceEstimate = (id: string) =>
  useQuery({ queryKey: estimateKey(id), queryFn: () => get<ServiceEstimateResponse>(`/admin/service-orders/${id}/estimate`), enabled: !!id })

/** Drafts a new version from the billable lines. */
export const useDraftServiceEstimate = (id: string) =>
  useRefreshingMutation(
    (body: ServiceEstimateBody) => post<ServiceEstimateResponse>(`/admin/service-orders/${id}/estimate`, body),
    [serviceOrderKeys.all]
  )

/** Sends the draft to the customer (the SLA clock pauses). */
export const useSendServiceEstimate = (id: string) =>
  useRefreshingMutation(
    (body: ServiceEstimateBody) => post<ServiceEstimateResponse>(`/admin/service-orders/${id}/estimate/send`, body),
    [serviceOrderKeys.all]
  )
