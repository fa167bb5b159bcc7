import { useServiceObjects } from "../lib/hooks/service-objects"
import { useServiceTasks } from "../lib/hooks/tasks"

// The line tables hold plain ids (no relations to fetch with `fields=`), so the names are asked
// for those ids only, and only the names.
const idsOf = (values: (string | null | undefined)[]) => [...new Set(values.filter((v): v is string => !!v))].sort()

/**
 * The names of the tasks and objects that lines (of a service order or an agreement) point to;
 * undefined until they arrive, or for a deleted record.
 */
export const useLineNames = (lines: { service_task_id?: string | null; service_object_id?: string | null }[]) => {
  const taskIds = idsOf(lines.map((l) => l.service_task_id))
  const objectIds = idsOf(lines.map((l) => l.service_object_id))
  const tasks = useServiceTasks({ id: taskIds, fields: "id,name", limit: taskIds.length }, { enabled: taskIds.length > 0 })
  const objects = useServiceObjects({ id: objectIds, fields: "id,name", limit: objectIds.length }, { enabled: objectIds.length > 0 })
  const names = new Map<string, string>()
  tasks.data?.service_tasks.forEach((t) => names.set(t.id, t.name))
  objects.data?.service_objects.forEach((o) => names.set(o.id, o.name))
  return (id?: string | null) => (id ? names.get(id) : undefined)
}
