import { del, post, queryKeysFactory, resourceQueries, useRefreshingMutation } from "../client"
import type { LineInput, ListResponse, ServiceOrder } from "../types"
import { serviceObjectKeys } from "./service-objects"

/** Everything about one order (its SLA, assignments, repairs' parts) sits under "service-orders", so a change to the order refreshes it. */
export const serviceOrderKeys = queryKeysFactory("service-orders")

type OrderList = ListResponse<"service_orders", ServiceOrder>
type OrderResponse = { service_order: ServiceOrder }

export const { useList: useServiceOrders, useDetail: useServiceOrder } = resourceQueries<OrderList, OrderResponse>(serviceOrderKeys, "/admin/service-orders")

export type CreateServiceOrderInput = {
  customer_id: string
  service_object_id?: string | null
  priority?: string
  title?: string | null
  description?: string | null
  internal_note?: string | null
  currency_code?: string
  lines?: LineInput[]
}

export type UpdateServiceOrderInput = {
  title?: string | null
  description?: string | null
  internal_note?: string | null
  priority?: string
}

// An order shows on its object's page, so order changes refresh objects too.
export const useCreateServiceOrder = () =>
  useRefreshingMutation(
    (body: CreateServiceOrderInput) => post<OrderResponse>("/admin/service-orders", body),
    [serviceOrderKeys.all, serviceObjectKeys.all]
  )

export const useUpdateServiceOrder = (id: string) =>
  useRefreshingMutation(
    (body: UpdateServiceOrderInput) => post<OrderResponse>(`/admin/service-orders/${id}`, body),
    [serviceOrderKeys.all, serviceObjectKeys.all]
  )

/** A stage move from the stage the page shows (`from_stage_code`); refetched also when refused, to show the stage now. */
export const useTransitionServiceOrder = (id: string) =>
  useRefreshingMutation(
    (body: { to_stage: string; from_stage_code: string; reason_code?: string; note?: string }) =>
      post<OrderResponse>(`/admin/service-orders/${id}/transition`, body),
    [serviceOrderKeys.all, serviceObjectKeys.all],
    "onSettled"
  )

export const useAddServiceOrderLines = (id: string) =>
  useRefreshingMutation(
    (lines: LineInput[]) => post<OrderResponse>(`/admin/service-orders/${id}/lines`, { lines }),
    [serviceOrderKeys.all]
  )

export const useUpdateServiceOrderLine = (id: string) =>
  useRefreshingMutation(
    ({ lineId, ...body }: Partial<LineInput> & { lineId: string }) =>
      post<OrderResponse>(`/admin/service-orders/${id}/lines/${lineId}`, body),
    [serviceOrderKeys.all]
  )

export const useDeleteServiceOrderLine = (id: string) =>
  useRefreshingMutation((lineId: string) => del(`/admin/service-orders/${id}/lines/${lineId}`), [serviceOrderKeys.all])

/** Posts a completed order: its invoice order is created. */
export const usePostServiceOrder = (id: string) =>
  useRefreshingMutation(() => post<OrderResponse>(`/admin/service-orders/${id}/post`, {}), [serviceOrderKeys.all])
