import { DmlEntity } from "@medusajs/framework/utils"
import { ServiceOrder } from "../../models/service-order"
import { ServiceOrderLine } from "../../models/service-order-line"
import { StageTransition } from "../../models/stage-transition"

type Row = Record<string, unknown>
type ParsedProperty = { nullable: boolean; type?: string; fieldName?: string; defaultValue?: unknown }

/**
 * A row as a read answers it: the create's result holds only the columns it was given (defaults
 * and the ORM's own values are filled in at flush, after it), so the columns it was not given are
 * added with their model default, else null (optional foreign keys too).
 */
export function withUnsetColumns<T extends object>(entity: DmlEntity<any, any>, row: T): T {
  const unset = UNSET.get(entity) ?? UNSET.set(entity, unsetColumns(entity)).get(entity)!
  const written = Object.entries(row).filter(([, value]) => value !== undefined)
  return { ...Object.fromEntries(unset), ...Object.fromEntries(written) } as T
}

const UNSET = new Map<DmlEntity<any, any>, [string, unknown][]>()

function unsetColumns(entity: DmlEntity<any, any>): [string, unknown][] {
  return Object.entries(entity.parse().schema).flatMap(([name, property]): [string, unknown][] => {
    const parsed = (property as { parse: (name: string) => ParsedProperty }).parse(name)
    if (parsed.type === "belongsTo") {
      return parsed.nullable ? [[`${name}_id`, null]] : []
    }
    if (!parsed.fieldName) {
      return []
    }
    return parsed.defaultValue !== undefined ? [[name, parsed.defaultValue]] : parsed.nullable ? [[name, null]] : []
  })
}

/** What a new service order names, as the create read it before writing. */
export type CreatedServiceOrderNames = {
  stage: Row
  customer: Row
  service_object: Row | null
  agreement: Row | null
  sla: Row | null
}

/**
 * A service order just written, as the detail read would answer it: every column (unset ones at
 * their default or null), its lines and first history row likewise, what it names and no repair
 * lines yet (nor a posted order: its id is null).
 */
export function createdServiceOrderView<O extends object, L extends object, T extends object>(
  written: { order: O; lines: L[]; stage_transitions: T[] },
  names: CreatedServiceOrderNames
) {
  return {
    ...withUnsetColumns(ServiceOrder, written.order),
    ...names,
    lines: written.lines.map((line) => withUnsetColumns(ServiceOrderLine, line)),
    stage_transitions: written.stage_transitions.map((transition) => withUnsetColumns(StageTransition, transition)),
    repair_lines: [],
  }
}
