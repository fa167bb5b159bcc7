import type { AxiosInstance } from "axios"

export type Headers = Record<string, string>

/** `call(method, url, headers, data)` → `{ status, data }` whatever the status (no throw on 4xx/5xx). */
export const caller =
  (api: AxiosInstance) =>
  (method: string, url: string, headers: Headers, data?: unknown): Promise<{ status: number; data: any }> =>
    api.request({ method, url, headers, data }).then(
      (r) => ({ status: r.status, data: r.data }),
      (e) => ({ status: e.response?.status as number, data: e.response?.data })
    )
