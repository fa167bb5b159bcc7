import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { get, queryKeysFactory } from "../client"

// Medusa's admin users under keys of our own (see customers.ts).
export const userKeys = queryKeysFactory("service-management:users")

export type AdminUser = { id: string; email: string; first_name: string | null; last_name: string | null }

/** Admin users, for linking a technician to a login. */
export const useAdminUsers = (q: string) =>
  useQuery({
    queryKey: userKeys.list({ q }),
    queryFn: () => get<{ users: AdminUser[] }>("/admin/users", { q, limit: 20, fields: "id,email,first_name,last_name" }),
    placeholderData: keepPreviousData,
  })

export const useAdminUser = (id?: string | null) =>
  useQuery({
    queryKey: userKeys.detail(id ?? ""),
    queryFn: () => get<{ user: AdminUser }>(`/admin/users/${id}`),
    enabled: !!id,
    staleTime: 5 * 60_000,
    retry: false,
  })
