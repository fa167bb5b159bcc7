import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { del, get, post, queryKeysFactory, useRefreshingMutation, type Params, type QueryOptions } from "../client"
import type { ServiceObject, ServiceObjectInput } from "../../../types"
import type { ListResponse } from "../types"
import { serviceOrderKeys } from "./service-orders"

/** An object's BOM version and parts sit under "service-objects" too, so object changes refresh them. */
export const serviceObjectKeys = {
  ...queryKeysFactory("service-objects"),
  bomVersion: (objectId: string) => ["service-objects", "bom-version", objectId] as const,
  bomComponents: (objectId: string) => ["service-objects", "bom-components", objectId] as const,
}

type ObjectList = ListResponse<"service_objects", ServiceObject>
type ObjectResponse = { service_object: ServiceObject }

export const useServiceObjects = (params: Params, options?: QueryOptions<ObjectList>) =>
  useQuery({
    queryKey: serviceObjectKeys.list(params),
    queryFn: () => get<ObjectList>("/admin/service-objects", params),
    placeholderData: keepPreviousData,
    ...options,
  })

export const useServiceObject = (id: string) =>
  useQuery({
    queryKey: serviceObjectKeys.detail(id),
    queryFn: () => get<ObjectResponse>(`/admin/service-objects/${id}`),
    enabled: !!id,
  })

export const useCreateServiceObject = () =>
  useRefreshingMutation((body: ServiceObjectInput) => post<ObjectResponse>("/admin/service-objects", body), [serviceObjectKeys.all])

// Orders show their object's name and serial.
export const useUpdateServiceObject = (id: string) =>
  useRefreshingMutation(
    (body: ServiceObjectInput) => post<ObjectResponse>(`/admin/service-objects/${id}`, body),
    [serviceObjectKeys.all, serviceOrderKeys.all]
  )

export const useDeleteServiceObject = () =>
  useRefreshingMutation((id: string) => del(`/admin/service-objects/${id}`), [serviceObjectKeys.all, serviceOrderKeys.all])
