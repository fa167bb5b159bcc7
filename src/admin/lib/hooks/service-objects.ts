import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { del, get, post, queryKeysFactory, resourceQueries, useRefreshingMutation, type Params } from "../client"
import type { ServiceObject, ServiceObjectInput, TimelineResponse } from "../../../types"
import type { ListResponse } from "../types"
import { serviceOrderKeys } from "./service-orders"

/** An object's BOM version and parts sit under "service-objects" too, so object changes refresh them. */
export const serviceObjectKeys = {
  ...queryKeysFactory("service-objects"),
  bomVersion: (objectId: string) => ["service-objects", "bom-version", objectId] as const,
  bomComponents: (objectId: string) => ["service-objects", "bom-components", objectId] as const,
  timeline: (objectId: string, params: Params) => ["service-objects", "timeline", objectId, params] as const,
}

type ObjectList = ListResponse<"service_objects", ServiceObject>
type ObjectResponse = { service_object: ServiceObject }

export const { useList: useServiceObjects, useDetail: useServiceObject } = resourceQueries<ObjectList, ObjectResponse>(serviceObjectKeys, "/admin/service-objects")

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

/** The object's whole history, newest first (`limit` grows with "Show more"). */
export const useServiceObjectTimeline = (objectId: string, params: Params) =>
  useQuery({
    queryKey: serviceObjectKeys.timeline(objectId, params),
    queryFn: () => get<TimelineResponse>(`/admin/service-objects/${objectId}/timeline`, params),
    enabled: !!objectId,
    placeholderData: keepPreviousData,
  })
