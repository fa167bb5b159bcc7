import { useQuery } from "@tanstack/react-query"
import { get, post, queryKeysFactory, useListQuery, useRefreshingMutation, type Params } from "../client"
import type { CreateServiceReturnBody, ServiceReturn, ServiceReturnAction } from "../../../types"
import { serviceObjectKeys } from "./service-objects"
import { serviceOrderKeys } from "./service-orders"

export const returnKeys = queryKeysFactory("service-returns")

type ReturnResponse = { service_return: ServiceReturn }

export const useServiceReturns = (params: Params) =>
  useListQuery<{ service_returns: ServiceReturn[]; count: number }>(returnKeys, "/admin/service-returns", params)

export const useServiceReturn = (id: string) =>
  useQuery({
    queryKey: returnKeys.detail(id),
    queryFn: () => get<ReturnResponse>(`/admin/service-returns/${id}`),
  })

export const useCreateServiceReturn = () =>
  useRefreshingMutation((body: CreateServiceReturnBody) => post<ReturnResponse>("/admin/service-returns", body), [returnKeys.all])

/**
 * approve / reject / receive / resolve from the status the page shows (`from_status`); receipt may
 * create objects and a service order. Refetched also when refused, to show the status now.
 */
export const useServiceReturnAction = (id: string) =>
  useRefreshingMutation(
    ({ action, note, from_status }: { action: ServiceReturnAction; note?: string; from_status: string }) =>
      post<ReturnResponse>(`/admin/service-returns/${id}/${action}`, { from_status, ...(note ? { note } : {}) }),
    [returnKeys.all, serviceOrderKeys.all, serviceObjectKeys.all],
    "onSettled"
  )
