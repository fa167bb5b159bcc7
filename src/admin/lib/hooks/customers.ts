import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { get, queryKeysFactory } from "../client"
import type { CustomerRef, ListResponse } from "../types"

// Medusa's own resources under keys of our own: the dashboard shares the QueryClient, and these
// reads carry fewer fields than its "customers" entries.
export const customerKeys = queryKeysFactory("service-management:customers")
export const customerGroupKeys = queryKeysFactory("service-management:customer-groups")

const CUSTOMER_FIELDS = "id,email,first_name,last_name,company_name"

export const useCustomerSearch = (q: string) =>
  useQuery({
    queryKey: customerKeys.list({ q }),
    queryFn: () => get<ListResponse<"customers", CustomerRef>>("/admin/customers", { q, limit: 20, fields: CUSTOMER_FIELDS }),
    placeholderData: keepPreviousData,
  })

export const useCustomer = (id?: string | null) =>
  useQuery({
    queryKey: customerKeys.detail(id ?? ""),
    queryFn: () => get<{ customer: CustomerRef }>(`/admin/customers/${id}`, { fields: CUSTOMER_FIELDS }),
    enabled: !!id,
  })

/** Customer groups, for the SLA's group assignment. */
export const useCustomerGroups = () =>
  useQuery({
    queryKey: customerGroupKeys.lists(),
    queryFn: () =>
      get<ListResponse<"customer_groups", { id: string; name: string }>>("/admin/customer-groups", {
        limit: 200,
        fields: "id,name",
        order: "name",
      }),
    staleTime: 60_000,
  })
