import type { AgreementLine } from "../../../types"
import { useServiceObjects } from "../../lib/hooks/service-objects"
import { useServiceTasks } from "../../lib/hooks/tasks"

const idsOf = (values: (string | null | undefined)[]) => [...new Set(values.filter((v): v is string => !!v))].sort()

/** The names of the tasks and objects the lines point to: only those records, only their names. */
export const useLineNames = (lines: AgreementLine[]) => {
  const taskIds = idsOf(lines.map((l) => l.service_task_id))
  const objectIds = idsOf(lines.map((l) => l.service_object_id))
  const tasks = useServiceTasks({ id: taskIds, fields: "id,name", limit: taskIds.length }, { enabled: taskIds.length > 0 })
  const objects = useServiceObjects({ id: objectIds, fields: "id,name", limit: objectIds.length }, { enabled: objectIds.length > 0 })
  const names = new Map<string, string>()
  tasks.data?.service_tasks.forEach((t) => names.set(t.id, t.name))
  objects.data?.service_objects.forEach((o) => names.set(o.id, o.name))
  // Until the names arrive (or for a deleted record) the id stands in.
  return (id: string) => names.get(id) ?? id
}
