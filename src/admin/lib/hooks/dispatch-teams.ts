import { queryKeysFactory, useListQuery, type Params } from "../client"
import type { DispatchTeam } from "../dispatch-types"
import { useRemoveDispatchRecord, useSaveDispatchRecord } from "./technicians"

export const teamKeys = queryKeysFactory("dispatch-teams")

export const useTeams = (params: Params) =>
  useListQuery<{ dispatch_teams: DispatchTeam[]; count: number }>(teamKeys, "/admin/dispatch-teams", params)

/** Every team, by name (the board's filter, the technician's team). */
export const useAllTeams = () => useTeams({ limit: 200, order: "name" })

export const useSaveTeam = () => useSaveDispatchRecord<DispatchTeam, Partial<DispatchTeam>>("/admin/dispatch-teams", "dispatch_team")
export const useDeleteTeam = () => useRemoveDispatchRecord("/admin/dispatch-teams")
