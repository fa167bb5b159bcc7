import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { get, queryKeysFactory, type Params } from "../client"
import type { Skill } from "../dispatch-types"
import { useRemoveDispatchRecord, useSaveDispatchRecord } from "./technicians"

export const skillKeys = queryKeysFactory("skills")

export const useSkills = (params: Params) =>
  useQuery({
    queryKey: skillKeys.list(params),
    queryFn: () => get<{ skills: Skill[]; count: number }>("/admin/skills", params),
    placeholderData: keepPreviousData,
  })

export const useSaveSkill = () => useSaveDispatchRecord<Skill, Partial<Skill>>("/admin/skills", "skill")
export const useDeleteSkill = () => useRemoveDispatchRecord("/admin/skills")
