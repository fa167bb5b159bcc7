import { del, post, queryKeysFactory, useListQuery, useRefreshingMutation, type Params } from "../client"
import type { ListResponse, ServiceTask } from "../types"

export const taskKeys = queryKeysFactory("service-tasks")

type TaskResponse = { service_task: ServiceTask }

export const useServiceTasks = (params: Params = {}) =>
  useListQuery<ListResponse<"service_tasks", ServiceTask>>(taskKeys, "/admin/service-tasks", params)

export type ServiceTaskInput = {
  code?: string
  name?: string
  description?: string | null
  default_duration_minutes?: number | null
  default_unit_price?: number | null
  default_unit_cost?: number | null
  required_skills?: string[]
  is_active?: boolean
}

export const useCreateServiceTask = () =>
  useRefreshingMutation((body: ServiceTaskInput) => post<TaskResponse>("/admin/service-tasks", body), [taskKeys.all])

export const useUpdateServiceTask = () =>
  useRefreshingMutation(
    ({ id, ...body }: ServiceTaskInput & { id: string }) => post<TaskResponse>(`/admin/service-tasks/${id}`, body),
    [taskKeys.all]
  )

export const useDeleteServiceTask = () =>
  useRefreshingMutation((id: string) => del(`/admin/service-tasks/${id}`), [taskKeys.all])
