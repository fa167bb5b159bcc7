import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { del, get, post, queryKeysFactory, useRefreshingMutation, type Params, type QueryOptions } from "../client"
import type { ListResponse, ServiceTask } from "../types"

export const taskKeys = queryKeysFactory("service-tasks")

type TaskResponse = { service_task: ServiceTask }

type TaskList = ListResponse<"service_tasks", ServiceTask>

export const useServiceTasks = (params: Params = {}, options?: QueryOptions<TaskList>) =>
  useQuery({
    queryKey: taskKeys.list(params),
    queryFn: () => get<TaskList>("/admin/service-tasks", params),
    placeholderData: keepPreviousData,
    ...options,
  })

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
