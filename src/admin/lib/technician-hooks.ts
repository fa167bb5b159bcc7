import { keepPreviousData, useMutation, useQuery } from "@tanstack/react-query"
import { del, get, post, useInvalidate, type Params } from "./hooks"
import { dispatchKeys } from "./dispatch-hooks"
import type { DispatchTeam, Skill, TechnicianAbsence, TechnicianDetail } from "./dispatch-types"

const keys = {
  skills: ["skills"] as const,
  skillList: (params?: Params) => ["skills", "list", params ?? {}] as const,
  teamList: (params?: Params) => ["dispatch-teams", "list", params ?? {}] as const,
  technicians: ["technicians"] as const,
  technician: (id: string) => ["technicians", "detail", id] as const,
  absences: (id: string) => ["technicians", "absences", id] as const,
  users: (q: string) => ["users", "list", q] as const,
}

// Every change here shows on the board too (rows, skills, hours, absences).
const useRefresh = () => {
  const invalidate = useInvalidate()
  return () => invalidate(keys.skills, dispatchKeys.teams, keys.technicians, dispatchKeys.boards)
}

/** Create (no id) or update one record of a settings resource, then refresh what shows it. */
const useSave = <T, B>(path: string, key: string) => {
  const refresh = useRefresh()
  return useMutation({
    mutationFn: ({ id, body }: { id?: string; body: B }) => post<Record<string, T>>(id ? `${path}/${id}` : path, body).then((r) => r[key]),
    onSuccess: refresh,
  })
}

const useRemove = (path: string) => {
  const refresh = useRefresh()
  return useMutation({ mutationFn: (id: string) => del(`${path}/${id}`), onSuccess: refresh })
}

export const useSkills = (params: Params) =>
  useQuery({
    queryKey: keys.skillList(params),
    queryFn: () => get<{ skills: Skill[]; count: number }>("/admin/skills", params),
    placeholderData: keepPreviousData,
  })
export const useSaveSkill = () => useSave<Skill, Partial<Skill>>("/admin/skills", "skill")
export const useDeleteSkill = () => useRemove("/admin/skills")

export const useTeams = (params: Params) =>
  useQuery({
    queryKey: keys.teamList(params),
    queryFn: () => get<{ dispatch_teams: DispatchTeam[]; count: number }>("/admin/dispatch-teams", params),
    placeholderData: keepPreviousData,
  })
export const useSaveTeam = () => useSave<DispatchTeam, Partial<DispatchTeam>>("/admin/dispatch-teams", "dispatch_team")
export const useDeleteTeam = () => useRemove("/admin/dispatch-teams")

export type TechnicianInput = Partial<Omit<TechnicianDetail, "id" | "team" | "user">> & { team_id?: string | null }

export const useTechnicianList = (params: Params, options?: { enabled?: boolean }) =>
  useQuery({
    queryKey: ["technicians", "list", params],
    queryFn: () =>
      get<{ technicians: TechnicianDetail[]; count: number }>("/admin/technicians", {
        fields: "+user.id,+user.email,+user.first_name,+user.last_name",
        ...params,
      }),
    placeholderData: keepPreviousData,
    ...options,
  })
export const useSaveTechnician = () => useSave<TechnicianDetail, TechnicianInput>("/admin/technicians", "technician")
export const useDeleteTechnician = () => useRemove("/admin/technicians")

export const useAbsences = (technicianId: string) =>
  useQuery({
    queryKey: keys.absences(technicianId),
    queryFn: () => get<{ absences: TechnicianAbsence[] }>(`/admin/technicians/${technicianId}/absences`),
    enabled: !!technicianId,
  })

export const useAddAbsence = (technicianId: string) => {
  const invalidate = useInvalidate()
  return useMutation({
    mutationFn: (body: Omit<TechnicianAbsence, "id">) =>
      post<{ absence: TechnicianAbsence }>(`/admin/technicians/${technicianId}/absences`, body),
    onSuccess: () => invalidate(keys.absences(technicianId), dispatchKeys.boards),
  })
}

export const useDeleteAbsence = (technicianId: string) => {
  const invalidate = useInvalidate()
  return useMutation({
    mutationFn: (absenceId: string) => del(`/admin/technicians/${technicianId}/absences/${absenceId}`),
    onSuccess: () => invalidate(keys.absences(technicianId), dispatchKeys.boards),
  })
}

export type AdminUser = { id: string; email: string; first_name: string | null; last_name: string | null }

/** Medusa admin users, for linking a technician to a login. */
export const useAdminUsers = (q: string) =>
  useQuery({
    queryKey: keys.users(q),
    queryFn: () => get<{ users: AdminUser[] }>("/admin/users", { q, limit: 20, fields: "id,email,first_name,last_name" }),
    placeholderData: keepPreviousData,
  })
