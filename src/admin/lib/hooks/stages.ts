import { useQuery } from "@tanstack/react-query"
import { del, get, post, queryKeysFactory, useRefreshingMutation } from "../client"
import type { ListResponse, ServiceStage, StageReason } from "../types"
import { serviceOrderKeys } from "./service-orders"

export const stageKeys = queryKeysFactory("service-stages")

type StageResponse = { service_stage: ServiceStage }

/** All stages (with their reasons) in position order; small, so fetched once and shared. */
export const useServiceStages = () =>
  useQuery({
    queryKey: stageKeys.list({ limit: 200, order: "position" }),
    queryFn: () =>
      get<ListResponse<"service_stages", ServiceStage>>("/admin/service-stages", { limit: 200, order: "position" }),
    staleTime: 30_000,
  })

export type StageInput = Partial<Omit<ServiceStage, "id" | "reasons">>

export const useCreateServiceStage = () =>
  useRefreshingMutation((body: StageInput) => post<StageResponse>("/admin/service-stages", body), [stageKeys.all])

// Orders show their stage's name and flags.
export const useUpdateServiceStage = () =>
  useRefreshingMutation(
    ({ id, ...body }: StageInput & { id: string }) => post<StageResponse>(`/admin/service-stages/${id}`, body),
    [stageKeys.all, serviceOrderKeys.all]
  )

export const useDeleteServiceStage = () =>
  useRefreshingMutation((id: string) => del(`/admin/service-stages/${id}`), [stageKeys.all])

export const useCreateStageReason = (stageId: string) =>
  useRefreshingMutation(
    (body: { code: string; label: string; is_active?: boolean }) =>
      post<StageResponse>(`/admin/service-stages/${stageId}/reasons`, body),
    [stageKeys.all]
  )

export const useUpdateStageReason = (stageId: string) =>
  useRefreshingMutation(
    ({ id, ...body }: Partial<Pick<StageReason, "label" | "is_active">> & { id: string }) =>
      post<StageResponse>(`/admin/service-stages/${stageId}/reasons/${id}`, body),
    [stageKeys.all]
  )

export const useDeleteStageReason = (stageId: string) =>
  useRefreshingMutation((id: string) => del(`/admin/service-stages/${stageId}/reasons/${id}`), [stageKeys.all])
