import { del, post, queryKeysFactory, useListQuery, useRefreshingMutation, type Params, type QueryOptions } from "../client"
import type { ListResponse, ServiceTask } from "../types"

export const taskKeys = queryKeysFactory("service-tasks")

type TaskResponse = { service_task: ServiceTask }

type TaskList = ListResponse<"service_tasks", ServiceTask>

export const useServiceTasks = (params: Params = {}, options?: QueryOptions<TaskList>) =>
  useListQuery<TaskList>(taskKeys, "/admin/service-tasks", params, options)

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
