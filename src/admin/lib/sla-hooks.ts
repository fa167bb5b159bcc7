import { keepPreviousData, useMutation, useQuery } from "@tanstack/react-query"
import { del, get, post, queryKeys, useInvalidate, type Params } from "./hooks"
import type {
  AgreementAction,
  AgreementInput,
  AgreementLineInput,
  OccurrencePreview,
  ServiceAgreement,
  ServiceLevelAgreement,
  ServiceLevelAgreementInput,
  ServiceOrderSlaView,
  SlaEventInput,
} from "./sla-types"
import type { ListResponse } from "./types"

export const slaKeys = {
  slas: ["service-level-agreements"] as const,
  slaList: (params?: Params) => ["service-level-agreements", "list", params ?? {}] as const,
  agreements: ["service-agreements"] as const,
  agreementList: (params?: Params) => ["service-agreements", "list", params ?? {}] as const,
  agreement: (id: string) => ["service-agreements", "detail", id] as const,
  occurrences: (id: string, lineId: string, count: number) => ["service-agreements", "occurrences", id, lineId, count] as const,
  orderSla: (id: string) => ["service-orders", "sla", id] as const,
  customerGroups: ["service-management", "customer-groups"] as const,
}

// ---------- SLAs ----------

export const useServiceLevelAgreements = (params: Params = {}) =>
  useQuery({
    queryKey: slaKeys.slaList(params),
    queryFn: () =>
      get<ListResponse<"service_level_agreements", ServiceLevelAgreement>>("/admin/service-level-agreements", params),
    placeholderData: keepPreviousData,
  })

type SlaResponse = { service_level_agreement: ServiceLevelAgreement }

export const useCreateServiceLevelAgreement = () => {
  const invalidate = useInvalidate()
  return useMutation({
    mutationFn: (body: ServiceLevelAgreementInput) => post<SlaResponse>("/admin/service-level-agreements", body),
    onSuccess: () => invalidate(slaKeys.slas),
  })
}

export const useUpdateServiceLevelAgreement = () => {
  const invalidate = useInvalidate()
  return useMutation({
    mutationFn: ({ id, ...body }: ServiceLevelAgreementInput & { id: string }) =>
      post<SlaResponse>(`/admin/service-level-agreements/${id}`, body),
    onSuccess: () => invalidate(slaKeys.slas),
  })
}

export const useDeleteServiceLevelAgreement = () => {
  const invalidate = useInvalidate()
  return useMutation({
    mutationFn: (id: string) => del(`/admin/service-level-agreements/${id}`),
    onSuccess: () => invalidate(slaKeys.slas),
  })
}

/** Medusa's customer groups, for the SLA's group assignment. */
export const useCustomerGroups = () =>
  useQuery({
    queryKey: slaKeys.customerGroups,
    queryFn: () =>
      get<ListResponse<"customer_groups", { id: string; name: string }>>("/admin/customer-groups", {
        limit: 200,
        fields: "id,name",
        order: "name",
      }),
    staleTime: 60_000,
  })

// ---------- Service agreements ----------

/** The line fields the list needs so the API can work out each agreement's next due date. */
export const AGREEMENT_LIST_FIELDS =
  "+suspensions,+lines.id,+lines.recurrence,+lines.valid_from,+lines.valid_to,+lines.quantity,+lines.unit_price,+lines.unit_cost"

export const useServiceAgreements = (params: Params, options?: { enabled?: boolean }) =>
  useQuery({
    queryKey: slaKeys.agreementList(params),
    queryFn: () => get<ListResponse<"service_agreements", ServiceAgreement>>("/admin/service-agreements", params),
    placeholderData: keepPreviousData,
    ...options,
  })

export const useServiceAgreement = (id: string) =>
  useQuery({
    queryKey: slaKeys.agreement(id),
    queryFn: () => get<{ service_agreement: ServiceAgreement }>(`/admin/service-agreements/${id}`),
    enabled: !!id,
  })

type AgreementResponse = { service_agreement: ServiceAgreement }

export const useCreateServiceAgreement = () => {
  const invalidate = useInvalidate()
  return useMutation({
    mutationFn: (body: AgreementInput) => post<AgreementResponse>("/admin/service-agreements", body),
    onSuccess: () => invalidate(slaKeys.agreements),
  })
}

export const useUpdateServiceAgreement = (id: string) => {
  const invalidate = useInvalidate()
  return useMutation({
    mutationFn: (body: AgreementInput) => post<AgreementResponse>(`/admin/service-agreements/${id}`, body),
    onSuccess: () => invalidate(slaKeys.agreements),
  })
}

export const useDeleteServiceAgreement = () => {
  const invalidate = useInvalidate()
  return useMutation({
    mutationFn: (id: string) => del(`/admin/service-agreements/${id}`),
    onSuccess: () => invalidate(slaKeys.agreements),
  })
}

/** A status move from the status the page shows (`from_status`); refetched also when refused, to show the status now. */
export const useServiceAgreementAction = (id: string) => {
  const invalidate = useInvalidate()
  return useMutation({
    mutationFn: ({ action, from_status }: { action: AgreementAction; from_status: string }) =>
      post<AgreementResponse>(`/admin/service-agreements/${id}/${action}`, { from_status }),
    onSettled: () => invalidate(slaKeys.agreements),
  })
}

export const useAddAgreementLine = (id: string) => {
  const invalidate = useInvalidate()
  return useMutation({
    mutationFn: (line: AgreementLineInput) => post<AgreementResponse>(`/admin/service-agreements/${id}/lines`, { lines: [line] }),
    onSuccess: () => invalidate(slaKeys.agreements),
  })
}

export const useUpdateAgreementLine = (id: string) => {
  const invalidate = useInvalidate()
  return useMutation({
    mutationFn: ({ lineId, ...body }: Partial<AgreementLineInput> & { lineId: string }) =>
      post<AgreementResponse>(`/admin/service-agreements/${id}/lines/${lineId}`, body),
    onSuccess: () => invalidate(slaKeys.agreements),
  })
}

export const useDeleteAgreementLine = (id: string) => {
  const invalidate = useInvalidate()
  return useMutation({
    mutationFn: (lineId: string) => del(`/admin/service-agreements/${id}/lines/${lineId}`),
    onSuccess: () => invalidate(slaKeys.agreements),
  })
}

export const useAgreementLineOccurrences = (id: string, lineId: string, count = 5) =>
  useQuery({
    queryKey: slaKeys.occurrences(id, lineId, count),
    queryFn: () =>
      get<OccurrencePreview>(`/admin/service-agreements/${id}/lines/${lineId}/occurrences`, { count }),
    enabled: !!id && !!lineId,
  })

export const useGenerateAgreementOrders = (id: string) => {
  const invalidate = useInvalidate()
  return useMutation({
    mutationFn: (until: string) =>
      post<{ service_orders: { id: string }[]; count: number }>(`/admin/service-agreements/${id}/generate-orders`, { until }),
    onSuccess: () => invalidate(slaKeys.agreements, queryKeys.serviceOrders),
  })
}

// ---------- A service order's SLA ----------

export const useServiceOrderSla = (id: string) =>
  useQuery({
    queryKey: slaKeys.orderSla(id),
    queryFn: () => get<ServiceOrderSlaView>(`/admin/service-orders/${id}/sla`),
    enabled: !!id,
    // The clock runs: refresh the elapsed and remaining times every minute.
    refetchInterval: 60_000,
  })

export const useRecordSlaEvent = (id: string) => {
  const invalidate = useInvalidate()
  return useMutation({
    mutationFn: (body: SlaEventInput) => post<ServiceOrderSlaView>(`/admin/service-orders/${id}/sla`, body),
    onSuccess: () => invalidate(slaKeys.orderSla(id), queryKeys.serviceOrders),
  })
}

/** An unsaved RRULE previewed on the agreement: in words and its next dates, or the API's 400 for a bad rule. */
export const useRecurrencePreview = (
  id: string,
  input: { recurrence: string; valid_from?: string | null; valid_to?: string | null },
  options?: { enabled?: boolean }
) =>
  useQuery({
    queryKey: ["service-agreements", "recurrence-preview", id, input],
    queryFn: () =>
      get<{ recurrence: string; recurrence_text: string; occurrences: string[]; count: number }>(
        `/admin/service-agreements/${id}/recurrence-preview`,
        { recurrence: input.recurrence, valid_from: input.valid_from, valid_to: input.valid_to, count: 5 }
      ),
    enabled: !!id && !!input.recurrence.trim() && (options?.enabled ?? true),
    retry: false,
  })
