import {
  keepPreviousData,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryKey,
} from "@tanstack/react-query"
import { sdk } from "./sdk"
import type {
  CustomerRef,
  LineInput,
  ListResponse,
  ServiceObject,
  ServiceOrder,
  ServiceStage,
  ServiceTask,
  StageReason,
} from "./types"

/** Query parameters: empty strings and undefined are dropped so they do not reach the API as filters. */
export type Params = Record<string, string | number | boolean | string[] | undefined | null>

export const clean = (params?: Params) => {
  const out: Record<string, unknown> = {}
  Object.entries(params ?? {}).forEach(([key, value]) => {
    if (value === undefined || value === null || value === "") {
      return
    }
    if (Array.isArray(value) && value.length === 0) {
      return
    }
    out[key] = value
  })
  return out
}

export const get = <T>(path: string, query?: Params) =>
  sdk.client.fetch<T>(path, { method: "GET", query: clean(query) })

export const post = <T>(path: string, body: unknown) =>
  sdk.client.fetch<T>(path, { method: "POST", body: body as Record<string, unknown> })

export const del = <T>(path: string) => sdk.client.fetch<T>(path, { method: "DELETE" })

export const queryKeys = {
  serviceOrders: ["service-orders"] as const,
  serviceOrderList: (params?: Params) => ["service-orders", "list", clean(params)] as const,
  serviceOrder: (id: string) => ["service-orders", "detail", id] as const,
  serviceObjects: ["service-objects"] as const,
  serviceObjectList: (params?: Params) => ["service-objects", "list", clean(params)] as const,
  serviceObject: (id: string) => ["service-objects", "detail", id] as const,
  serviceStages: ["service-stages"] as const,
  serviceTasks: ["service-tasks"] as const,
  serviceTaskList: (params?: Params) => ["service-tasks", "list", clean(params)] as const,
}

export const useInvalidate = () => {
  const queryClient = useQueryClient()
  return (...keys: QueryKey[]) =>
    Promise.all(keys.map((queryKey) => queryClient.invalidateQueries({ queryKey })))
}

// ---------- Service orders ----------

export const useServiceOrders = (params: Params, options?: { enabled?: boolean }) =>
  useQuery({
    queryKey: queryKeys.serviceOrderList(params),
    queryFn: () => get<ListResponse<"service_orders", ServiceOrder>>("/admin/service-orders", params),
    placeholderData: keepPreviousData,
    ...options,
  })

export const useServiceOrder = (id: string) =>
  useQuery({
    queryKey: queryKeys.serviceOrder(id),
    queryFn: () => get<{ service_order: ServiceOrder }>(`/admin/service-orders/${id}`),
    enabled: !!id,
  })

type OrderResponse = { service_order: ServiceOrder }

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

export const useCreateServiceOrder = () => {
  const invalidate = useInvalidate()
  return useMutation({
    mutationFn: (body: CreateServiceOrderInput) => post<OrderResponse>("/admin/service-orders", body),
    onSuccess: () => invalidate(queryKeys.serviceOrders, queryKeys.serviceObjects),
  })
}

export type UpdateServiceOrderInput = {
  title?: string | null
  description?: string | null
  internal_note?: string | null
  priority?: string
}

export const useUpdateServiceOrder = (id: string) => {
  const invalidate = useInvalidate()
  return useMutation({
    mutationFn: (body: UpdateServiceOrderInput) => post<OrderResponse>(`/admin/service-orders/${id}`, body),
    onSuccess: () => invalidate(queryKeys.serviceOrders, queryKeys.serviceObjects),
  })
}

/** A stage move from the stage the page shows (`from_stage_code`); refetched also when refused, to show the stage now. */
export const useTransitionServiceOrder = (id: string) => {
  const invalidate = useInvalidate()
  return useMutation({
    mutationFn: (body: { to_stage: string; from_stage_code: string; reason_code?: string; note?: string }) =>
      post<OrderResponse>(`/admin/service-orders/${id}/transition`, body),
    onSettled: () => invalidate(queryKeys.serviceOrders, queryKeys.serviceObjects),
  })
}

export const useAddServiceOrderLines = (id: string) => {
  const invalidate = useInvalidate()
  return useMutation({
    mutationFn: (lines: LineInput[]) => post<OrderResponse>(`/admin/service-orders/${id}/lines`, { lines }),
    onSuccess: () => invalidate(queryKeys.serviceOrders),
  })
}

export const useUpdateServiceOrderLine = (id: string) => {
  const invalidate = useInvalidate()
  return useMutation({
    mutationFn: ({ lineId, ...body }: Partial<LineInput> & { lineId: string }) =>
      post<OrderResponse>(`/admin/service-orders/${id}/lines/${lineId}`, body),
    onSuccess: () => invalidate(queryKeys.serviceOrders),
  })
}

export const useDeleteServiceOrderLine = (id: string) => {
  const invalidate = useInvalidate()
  return useMutation({
    mutationFn: (lineId: string) => del(`/admin/service-orders/${id}/lines/${lineId}`),
    onSuccess: () => invalidate(queryKeys.serviceOrders),
  })
}

// ---------- Service objects ----------

export const useServiceObjects = (params: Params, options?: { enabled?: boolean }) =>
  useQuery({
    queryKey: queryKeys.serviceObjectList(params),
    queryFn: () => get<ListResponse<"service_objects", ServiceObject>>("/admin/service-objects", params),
    placeholderData: keepPreviousData,
    ...options,
  })

export const useServiceObject = (id: string) =>
  useQuery({
    queryKey: queryKeys.serviceObject(id),
    queryFn: () => get<{ service_object: ServiceObject }>(`/admin/service-objects/${id}`),
    enabled: !!id,
  })

export type ServiceObjectInput = {
  name?: string
  customer_id?: string
  product_variant_id?: string | null
  order_id?: string | null
  order_line_item_id?: string | null
  serial_number?: string | null
  warranty_end?: string | null
  installed_at?: string | null
}

type ObjectResponse = { service_object: ServiceObject }

export const useCreateServiceObject = () => {
  const invalidate = useInvalidate()
  return useMutation({
    mutationFn: (body: ServiceObjectInput) => post<ObjectResponse>("/admin/service-objects", body),
    onSuccess: () => invalidate(queryKeys.serviceObjects),
  })
}

export const useUpdateServiceObject = (id: string) => {
  const invalidate = useInvalidate()
  return useMutation({
    mutationFn: (body: ServiceObjectInput) => post<ObjectResponse>(`/admin/service-objects/${id}`, body),
    onSuccess: () => invalidate(queryKeys.serviceObjects, queryKeys.serviceOrders),
  })
}

export const useDeleteServiceObject = () => {
  const invalidate = useInvalidate()
  return useMutation({
    mutationFn: (id: string) => del(`/admin/service-objects/${id}`),
    onSuccess: () => invalidate(queryKeys.serviceObjects, queryKeys.serviceOrders),
  })
}

// ---------- Stages and reasons ----------

/** All stages (with their reasons) in position order; small, so fetched once and shared. */
export const useServiceStages = () =>
  useQuery({
    queryKey: queryKeys.serviceStages,
    queryFn: () =>
      get<ListResponse<"service_stages", ServiceStage>>("/admin/service-stages", {
        limit: 200,
        order: "position",
      }),
    staleTime: 30_000,
  })

export type StageInput = Partial<Omit<ServiceStage, "id" | "reasons">>

type StageResponse = { service_stage: ServiceStage }

export const useCreateServiceStage = () => {
  const invalidate = useInvalidate()
  return useMutation({
    mutationFn: (body: StageInput) => post<StageResponse>("/admin/service-stages", body),
    onSuccess: () => invalidate(queryKeys.serviceStages),
  })
}

export const useUpdateServiceStage = () => {
  const invalidate = useInvalidate()
  return useMutation({
    mutationFn: ({ id, ...body }: StageInput & { id: string }) =>
      post<StageResponse>(`/admin/service-stages/${id}`, body),
    onSuccess: () => invalidate(queryKeys.serviceStages, queryKeys.serviceOrders),
  })
}

export const useDeleteServiceStage = () => {
  const invalidate = useInvalidate()
  return useMutation({
    mutationFn: (id: string) => del(`/admin/service-stages/${id}`),
    onSuccess: () => invalidate(queryKeys.serviceStages),
  })
}

export const useCreateStageReason = (stageId: string) => {
  const invalidate = useInvalidate()
  return useMutation({
    mutationFn: (body: { code: string; label: string; is_active?: boolean }) =>
      post<StageResponse>(`/admin/service-stages/${stageId}/reasons`, body),
    onSuccess: () => invalidate(queryKeys.serviceStages),
  })
}

export const useUpdateStageReason = (stageId: string) => {
  const invalidate = useInvalidate()
  return useMutation({
    mutationFn: ({ id, ...body }: Partial<Pick<StageReason, "label" | "is_active">> & { id: string }) =>
      post<StageResponse>(`/admin/service-stages/${stageId}/reasons/${id}`, body),
    onSuccess: () => invalidate(queryKeys.serviceStages),
  })
}

export const useDeleteStageReason = (stageId: string) => {
  const invalidate = useInvalidate()
  return useMutation({
    mutationFn: (id: string) => del(`/admin/service-stages/${stageId}/reasons/${id}`),
    onSuccess: () => invalidate(queryKeys.serviceStages),
  })
}

// ---------- Service tasks ----------

export const useServiceTasks = (params: Params = {}) =>
  useQuery({
    queryKey: queryKeys.serviceTaskList(params),
    queryFn: () => get<ListResponse<"service_tasks", ServiceTask>>("/admin/service-tasks", params),
    placeholderData: keepPreviousData,
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

type TaskResponse = { service_task: ServiceTask }

export const useCreateServiceTask = () => {
  const invalidate = useInvalidate()
  return useMutation({
    mutationFn: (body: ServiceTaskInput) => post<TaskResponse>("/admin/service-tasks", body),
    onSuccess: () => invalidate(queryKeys.serviceTasks),
  })
}

export const useUpdateServiceTask = () => {
  const invalidate = useInvalidate()
  return useMutation({
    mutationFn: ({ id, ...body }: ServiceTaskInput & { id: string }) =>
      post<TaskResponse>(`/admin/service-tasks/${id}`, body),
    onSuccess: () => invalidate(queryKeys.serviceTasks),
  })
}

export const useDeleteServiceTask = () => {
  const invalidate = useInvalidate()
  return useMutation({
    mutationFn: (id: string) => del(`/admin/service-tasks/${id}`),
    onSuccess: () => invalidate(queryKeys.serviceTasks),
  })
}

// ---------- Core Medusa resources used by the pickers ----------

export const useCustomerSearch = (q: string) =>
  useQuery({
    queryKey: ["service-management", "customers", q],
    queryFn: () =>
      get<ListResponse<"customers", CustomerRef>>("/admin/customers", {
        q,
        limit: 20,
        fields: "id,email,first_name,last_name,company_name",
      }),
    placeholderData: keepPreviousData,
  })

export const useCustomer = (id?: string | null) =>
  useQuery({
    queryKey: ["service-management", "customer", id],
    queryFn: () =>
      get<{ customer: CustomerRef }>(`/admin/customers/${id}`, {
        fields: "id,email,first_name,last_name,company_name",
      }),
    enabled: !!id,
  })

export type VariantRef = {
  id: string
  title?: string | null
  sku?: string | null
  product?: { id: string; title?: string | null } | null
}

export const useVariantSearch = (q: string) =>
  useQuery({
    queryKey: ["service-management", "variants", q],
    queryFn: () =>
      get<ListResponse<"variants", VariantRef>>("/admin/product-variants", {
        q,
        limit: 20,
        fields: "id,title,sku,product.id,product.title",
      }),
    placeholderData: keepPreviousData,
  })

/** The store's default currency, for amounts that have no order of their own (task prices). */
export const useStoreCurrency = () =>
  useQuery({
    queryKey: ["service-management", "store-currency"],
    queryFn: async () => {
      const { stores } = await get<{
        stores: { supported_currencies?: { currency_code: string; is_default?: boolean }[] }[]
      }>("/admin/stores", { fields: "id,supported_currencies.currency_code,supported_currencies.is_default" })
      const currencies = stores?.[0]?.supported_currencies ?? []
      return (currencies.find((c) => c.is_default) ?? currencies[0])?.currency_code ?? null
    },
    staleTime: 5 * 60_000,
  })

export const useAdminUser = (id?: string | null) =>
  useQuery({
    queryKey: ["service-management", "user", id],
    queryFn: () =>
      get<{ user: { id: string; email: string; first_name?: string | null; last_name?: string | null } }>(
        `/admin/users/${id}`
      ),
    enabled: !!id,
    staleTime: 5 * 60_000,
    retry: false,
  })
