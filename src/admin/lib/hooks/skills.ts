import { queryKeysFactory, useListQuery, type Params } from "../client"
import type { Skill } from "../dispatch-types"
import { useRemoveDispatchRecord, useSaveDispatchRecord } from "./technicians"

export const skillKeys = queryKeysFactory("skills")

export const useSkills = (params: Params) =>
  useListQuery<{ skills: Skill[]; count: number }>(skillKeys, "/admin/skills", params)

export const useSaveSkill = () => useSaveDispatchRecord<Skill, Partial<Skill>>("/admin/skills", "skill")
export const useDeleteSkill = () => useRemoveDispatchRecord("/admin/skills")
