import Medusa, { FetchError } from "@medusajs/js-sdk"
import {
  keepPreviousData,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryKey,
  type UseQueryOptions,
} from "@tanstack/react-query"

// @ts-ignore -- the root tsconfig compiles src/ as CommonJS (Node16), where TS rejects import.meta; Vite replaces it at build time
const BACKEND_URL: string = import.meta.env.VITE_BACKEND_URL || "/"

/** The admin's HTTP client: the host dashboard's session, so requests carry the logged-in user. */
export const sdk = new Medusa({
  baseUrl: BACKEND_URL,
  debug: false,
  auth: { type: "session" },
})

/** A link to a backend route, for what the browser opens itself (a PDF in a new tab, with the session cookie). */
export const backendUrl = (path: string) => `${BACKEND_URL.replace(/\/$/, "")}${path}`

export { FetchError }

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

/** Creates (no id) or updates (`path/id`) one record. */
export const save = <T>(path: string, id: string | undefined, body: unknown) => post<T>(id ? `${path}/${id}` : path, body)

/**
 * Query keys of one resource, shaped like the dashboard's `queryKeysFactory`: everything under
 * `all`, so invalidating `all` refreshes its lists and details. The host dashboard shares the
 * QueryClient, so Medusa's own resources are read under keys of our own (see hooks/customers.ts).
 */
export const queryKeysFactory = <T extends string>(globalKey: T) => ({
  all: [globalKey] as const,
  lists: () => [globalKey, "list"] as const,
  list: (query?: Params) => [globalKey, "list", clean(query)] as const,
  details: () => [globalKey, "detail"] as const,
  detail: (id: string, query?: Params) => [globalKey, "detail", id, clean(query)] as const,
})

/** What a list or detail hook lets its caller tune (`enabled`, `refetchInterval`, …), as in the dashboard's hooks. */
export type QueryOptions<T> = Omit<UseQueryOptions<T, FetchError>, "queryKey" | "queryFn">

type Keys = ReturnType<typeof queryKeysFactory>

/** A page of `path` (a list route), keyed by `keys.list(params)`; the previous page stays shown while the next loads. */
export const useListQuery = <T>(keys: Keys, path: string, params?: Params, options?: QueryOptions<T>) =>
  useQuery({
    queryKey: keys.list(params),
    queryFn: () => get<T>(path, params),
    placeholderData: keepPreviousData,
    ...options,
  })

/** One record, `path/id`, keyed by `keys.detail(id)`; waits for an id. */
export const useDetailQuery = <T>(keys: Keys, path: string, id: string, query?: Params) =>
  useQuery({
    queryKey: keys.detail(id, query),
    queryFn: () => get<T>(`${path}/${id}`, query),
    enabled: !!id,
  })

/** The list and detail queries of one resource at `path` (a list route and its `path/id`). */
export const resourceQueries = <List, Detail>(keys: Keys, path: string) => ({
  useList: (params: Params, options?: QueryOptions<List>) => useListQuery<List>(keys, path, params, options),
  useDetail: (id: string) => useDetailQuery<Detail>(keys, path, id),
})

export const useInvalidate = () => {
  const queryClient = useQueryClient()
  return (...keys: QueryKey[]) =>
    Promise.all(keys.map((queryKey) => queryClient.invalidateQueries({ queryKey })))
}

/**
 * A mutation that refreshes what shows its records: `refresh` lists the keys (or works them out
 * from the input). `onSettled` refreshes also when the API refuses, for moves whose 409 must show
 * the state the record is in now.
 */
export const useRefreshingMutation = <I, R>(
  mutationFn: (input: I) => Promise<R>,
  refresh: QueryKey[] | ((input: I) => QueryKey[]),
  when: "onSuccess" | "onSettled" = "onSuccess"
) => {
  const invalidate = useInvalidate()
  const run = (input: I) => invalidate(...(typeof refresh === "function" ? refresh(input) : refresh))
  return useMutation<R, FetchError, I>(
    when === "onSuccess"
      ? { mutationFn, onSuccess: (_data, input) => run(input) }
      : { mutationFn, onSettled: (_data, _error, input) => run(input) }
  )
}
