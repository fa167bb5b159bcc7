import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { del, get, post, queryKeysFactory, save, useRefreshingMutation, type Params, type QueryOptions } from "../client"
import type { TechnicianAbsence, TechnicianDetail } from "../dispatch-types"
import { dispatchBoardKeys } from "./dispatch"
import { teamKeys } from "./dispatch-teams"
import { skillKeys } from "./skills"

export const technicianKeys = {
  ...queryKeysFactory("technicians"),
  absences: (id: string) => ["technicians", "absences", id] as const,
}

// Every dispatch-settings change shows on the board and the technicians (rows, skills, teams, hours).
const dispatchSettingsKeys = () => [skillKeys.all, teamKeys.all, technicianKeys.all, dispatchBoardKeys.all]

/** Create (no id) or update one record of a dispatch-settings resource, answered as `{ [key]: record }`. */
export const useSaveDispatchRecord = <T, B>(path: string, key: string) =>
  useRefreshingMutation(
    ({ id, body }: { id?: string; body: B }) => save<Record<string, T>>(path, id, body).then((r) => r[key]),
    dispatchSettingsKeys()
  )

export const useRemoveDispatchRecord = (path: string) =>
  useRefreshingMutation((id: string) => del(`${path}/${id}`), dispatchSettingsKeys())

type TechnicianList = { technicians: TechnicianDetail[]; count: number }

/** Technicians with their login's name and email; `fields` in `params` narrows that. */
export const useTechnicians = (params: Params, options?: QueryOptions<TechnicianList>) =>
  useQuery({
    queryKey: technicianKeys.list(params),
    queryFn: () =>
      get<TechnicianList>("/admin/technicians", { fields: "+user.id,+user.email,+user.first_name,+user.last_name", ...params }),
    placeholderData: keepPreviousData,
    ...options,
  })

export type TechnicianInput = Partial<Omit<TechnicianDetail, "id" | "team" | "user">> & { team_id?: string | null }

export const useSaveTechnician = () => useSaveDispatchRecord<TechnicianDetail, TechnicianInput>("/admin/technicians", "technician")
export const useDeleteTechnician = () => useRemoveDispatchRecord("/admin/technicians")

export const useAbsences = (technicianId: string) =>
  useQuery({
    queryKey: technicianKeys.absences(technicianId),
    queryFn: () => get<{ absences: TechnicianAbsence[] }>(`/admin/technicians/${technicianId}/absences`),
    enabled: !!technicianId,
  })

export const useAddAbsence = (technicianId: string) =>
  useRefreshingMutation(
    (body: Omit<TechnicianAbsence, "id">) => post<{ absence: TechnicianAbsence }>(`/admin/technicians/${technicianId}/absences`, body),
    [technicianKeys.absences(technicianId), dispatchBoardKeys.all]
  )

export const useDeleteAbsence = (technicianId: string) =>
  useRefreshingMutation(
    (absenceId: string) => del(`/admin/technicians/${technicianId}/absences/${absenceId}`),
    [technicianKeys.absences(technicianId), dispatchBoardKeys.all]
  )
