import { useQuery } from "@tanstack/react-query"
import { del, get, post, queryKeysFactory, resourceQueries, useRefreshingMutation } from "../client"
import type {
  AgreementInput,
  AgreementLineInput,
  OccurrencePreview,
  ServiceAgreement,
  ServiceAgreementAction,
} from "../../../types"
import type { ListResponse } from "../types"
import { serviceOrderKeys } from "./service-orders"

export const agreementKeys = {
  ...queryKeysFactory("service-agreements"),
  occurrences: (id: string, lineId: string, count: number) => ["service-agreements", "occurrences", id, lineId, count] as const,
  recurrencePreview: (id: string, input: RecurrenceInput) => ["service-agreements", "recurrence-preview", id, input] as const,
}

type AgreementList = ListResponse<"service_agreements", ServiceAgreement>
type AgreementResponse = { service_agreement: ServiceAgreement }
type RecurrenceInput = { recurrence: string; valid_from?: string | null; valid_to?: string | null }

/** The line fields the list needs so the API can work out each agreement's next due date. */
export const AGREEMENT_LIST_FIELDS =
  "+suspensions,+lines.id,+lines.recurrence,+lines.valid_from,+lines.valid_to,+lines.quantity,+lines.unit_price,+lines.unit_cost"

export const { useList: useServiceAgreements, useDetail: useServiceAgreement } = resourceQueries<AgreementList, AgreementResponse>(agreementKeys, "/admin/service-agreements")

export const useCreateServiceAgreement = () =>
  useRefreshingMutation((body: AgreementInput) => post<AgreementResponse>("/admin/service-agreements", body), [agreementKeys.all])

export const useUpdateServiceAgreement = (id: string) =>
  useRefreshingMutation(
    (body: AgreementInput) => post<AgreementResponse>(`/admin/service-agreements/${id}`, body),
    [agreementKeys.all]
  )

export const useDeleteServiceAgreement = () =>
  useRefreshingMutation((id: string) => del(`/admin/service-agreements/${id}`), [agreementKeys.all])

/** A status move from the status the page shows (`from_status`); refetched also when refused, to show the status now. */
export const useServiceAgreementAction = (id: string) =>
  useRefreshingMutation(
    ({ action, from_status }: { action: ServiceAgreementAction; from_status: string }) =>
      post<AgreementResponse>(`/admin/service-agreements/${id}/${action}`, { from_status }),
    [agreementKeys.all],
    "onSettled"
  )

export const useAddAgreementLine = (id: string) =>
  useRefreshingMutation(
    (line: AgreementLineInput) => post<AgreementResponse>(`/admin/service-agreements/${id}/lines`, { lines: [line] }),
    [agreementKeys.all]
  )

export const useUpdateAgreementLine = (id: string) =>
  useRefreshingMutation(
    ({ lineId, ...body }: Partial<AgreementLineInput> & { lineId: string }) =>
      post<AgreementResponse>(`/admin/service-agreements/${id}/lines/${lineId}`, body),
    [agreementKeys.all]
  )

export const useDeleteAgreementLine = (id: string) =>
  useRefreshingMutation((lineId: string) => del(`/admin/service-agreements/${id}/lines/${lineId}`), [agreementKeys.all])

export const useAgreementLineOccurrences = (id: string, lineId: string, count = 5) =>
  useQuery({
    queryKey: agreementKeys.occurrences(id, lineId, count),
    queryFn: () => get<OccurrencePreview>(`/admin/service-agreements/${id}/lines/${lineId}/occurrences`, { count }),
    enabled: !!id && !!lineId,
  })

export const useGenerateAgreementOrders = (id: string) =>
  useRefreshingMutation(
    (until: string) =>
      post<{ service_orders: { id: string }[]; count: number }>(`/admin/service-agreements/${id}/generate-orders`, { until }),
    [agreementKeys.all, serviceOrderKeys.all]
  )

/** An unsaved RRULE previewed on the agreement: in words and its next dates, or the API's 400 for a bad rule. */
export const useRecurrencePreview = (id: string, input: RecurrenceInput, options?: { enabled?: boolean }) =>
  useQuery({
    queryKey: agreementKeys.recurrencePreview(id, input),
    queryFn: () =>
      get<{ recurrence: string; recurrence_text: string; occurrences: string[]; count: number }>(
        `/admin/service-agreements/${id}/recurrence-preview`,
        { recurrence: input.recurrence, valid_from: input.valid_from, valid_to: input.valid_to, count: 5 }
      ),
    enabled: !!id && !!input.recurrence.trim() && (options?.enabled ?? true),
    retry: false,
  })
