import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

type Row = { id: string } & Record<string, unknown>

/** The fields callers read from the rows found (those `ENTITIES` queries); the rest stay unknown. */
type RowFields = {
  product_variant: { title: string | null; product?: { title: string | null } | null }
  service_object: { customer_id: string; name: string; serial_number: string | null }
  service_task: { name: string; is_active: boolean; default_unit_price: unknown; default_unit_cost: unknown }
}
type RowOf<E> = Row & (E extends keyof RowFields ? RowFields[E] : unknown)

/**
 * What a body may name by id: the query.graph entity, how a refusal names it, the fields read
 * (beyond `id`), and when a row counts as active (for what is newly named).
 */
const ENTITIES = {
  customer: { graph: "customer", label: "customer", fields: [] },
  order: { graph: "order", label: "order", fields: ["customer_id"] },
  product: { graph: "product", label: "product", fields: [] },
  product_variant: { graph: "product_variant", label: "product variant", fields: ["title", "product.title"] },
  stock_location: { graph: "stock_location", label: "stock location", fields: [] },
  // A new service order answers with its object's name, read by this same check.
  service_object: { graph: "service_object", label: "service object", fields: ["customer_id", "name", "serial_number"] },
  service_task: {
    graph: "service_task",
    label: "service task",
    fields: ["name", "is_active", "default_unit_price", "default_unit_cost"],
    active: (row: Row) => !!row.is_active,
  },
  technician: { graph: "service_technician", label: "technician", fields: ["is_active"], active: (row: Row) => !!row.is_active },
  service_agreement: {
    graph: "service_agreement",
    label: "service agreement",
    fields: ["customer_id", "number", "status", "is_template"],
    active: (row: Row) => row.status === "active" && !row.is_template,
  },
} satisfies Record<string, { graph: string; label: string; fields: string[]; active?: (row: Row) => boolean }>

export type ReferenceEntity = keyof typeof ENTITIES

/** One id a body names, and what the row it names must satisfy. */
export type Reference = {
  /** The body field as a refusal names it, e.g. `lines[0].technician_id`. */
  field: string
  entity: ReferenceEntity
  /** Nothing is checked for an empty id (the field was left out or cleared). */
  id: string | null | undefined
  /** The row must belong to this customer (objects, orders, agreements). */
  customer_id?: string | null
  /** The row must be active: set where the id is newly named (an existing line keeps its retired technician). */
  active?: boolean
  /** More of the row to read (query.graph fields), for a caller that answers with it. */
  fields?: string[]
}

/** The rows found, by entity and id, for callers that need more than existence (a task's defaults). */
export type ReferencedRows = { [E in ReferenceEntity]?: Map<string, RowOf<E>> }

/**
 * Checks every id a request names against the rows it must name, one query per entity whatever
 * the number of lines: 404 for what does not exist, 400 for a row of another customer or an
 * inactive one newly named; each refusal names the field. Writes nothing.
 */
export async function checkReferences(container: MedusaContainer, references: Reference[]): Promise<ReferencedRows> {
  const named = references.filter((r): r is Reference & { id: string } => !!r.id)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const entities = [...new Set(named.map((r) => r.entity))]
  const found = await Promise.all(
    entities.map(async (entity) => {
      const { graph, fields } = ENTITIES[entity]
      const refs = named.filter((r) => r.entity === entity)
      const ids = [...new Set(refs.map((r) => r.id))]
      const asked = [...new Set(["id", ...fields, ...refs.flatMap((r) => r.fields ?? [])])]
      const { data } = await query.graph({ entity: graph, fields: asked, filters: { id: ids } })
      return [entity, new Map((data as Row[]).map((row) => [row.id, row]))] as const
    })
  )
  const rows = Object.fromEntries(found) as ReferencedRows
  for (const ref of named) {
    const { label, ...rule } = ENTITIES[ref.entity] as { label: string; active?: (row: Row) => boolean }
    const row = rows[ref.entity]!.get(ref.id)
    if (!row) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `${ref.field}: ${label} ${ref.id} does not exist`)
    }
    if (ref.customer_id !== undefined && row.customer_id !== ref.customer_id) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `${ref.field}: ${label} ${ref.id} belongs to another customer`)
    }
    if (ref.active && rule.active && !rule.active(row)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `${ref.field}: ${label} ${ref.id} is not active`)
    }
  }
  return rows
}
