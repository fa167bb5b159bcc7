import { DmlEntity } from "@medusajs/framework/utils"
import { ServiceOrder } from "../../models/service-order"
import { ServiceOrderLine } from "../../models/service-order-line"
import { StageTransition } from "../../models/stage-transition"

type Row = Record<string, unknown>
type ParsedProperty = { nullable: boolean; type?: string; fieldName?: string; defaultValue?: unknown; dataType?: { name: string } }

/**
 * A row as a read answers it: the write's row holds only the columns it was given (defaults are
 * filled in by the insert), so the columns it was not given are added with their model default,
 * else null (optional foreign keys too), and each number given gets its raw twin as stored.
 */
export function withUnsetColumns<T extends object>(entity: DmlEntity<any, any>, row: T): T {
  const shape = SHAPES.get(entity) ?? SHAPES.set(entity, rowShape(entity)).get(entity)!
  const written = Object.entries(row).filter(([, value]) => value !== undefined)
  const given = row as Record<string, unknown>
  const raw = shape.bigNumbers.filter((name) => given[name] != null).map((name) => [`raw_${name}`, { value: String(given[name]), precision: 20 }])
  return { ...Object.fromEntries(shape.unset), ...Object.fromEntries(written), ...Object.fromEntries(raw) } as T
}

const SHAPES = new Map<DmlEntity<any, any>, { unset: [string, unknown][]; bigNumbers: string[] }>()

function rowShape(entity: DmlEntity<any, any>) {
  const properties = Object.entries(entity.parse().schema).map(([name, property]) => ({
    name,
    parsed: (property as { parse: (name: string) => ParsedProperty }).parse(name),
  }))
  const unset = properties.flatMap(({ name, parsed }): [string, unknown][] => {
    if (parsed.type === "belongsTo") {
      return parsed.nullable ? [[`${name}_id`, null]] : []
    }
    if (!parsed.fieldName) {
      return []
    }
    return parsed.defaultValue !== undefined ? [[name, parsed.defaultValue]] : parsed.nullable ? [[name, null]] : []
  })
  return { unset, bigNumbers: properties.filter(({ parsed }) => parsed.dataType?.name === "bigNumber").map(({ name }) => name) }
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
