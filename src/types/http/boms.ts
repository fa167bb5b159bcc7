// Bills of materials: their versions and components, the diff of two versions and a service
// object's pinned version with its history.
import type { BomVersionStatus } from "../enums"

export type BomComponent = {
  id: string
  product_variant_id: string | null
  part_number: string | null
  title: string | null
  /** A big-number column: a number or a numeric string. */
  quantity: number | string
  unit: string | null
  position: number
  reference: string | null
}

export type BomVersion = {
  id: string
  bom_id: string
  version: number
  status: BomVersionStatus
  valid_from: string
  valid_to: string | null
  description?: string | null
  approved_at?: string | null
  retired_at?: string | null
  created_at?: string
  components?: BomComponent[]
}

export type Bom = {
  id: string
  product_id: string
  variant_id: string | null
  name: string
  description: string | null
  created_at: string
  /** Read through the API's links to Medusa's product module. */
  product?: { id: string; title: string | null; thumbnail?: string | null } | null
  variant?: { id: string; title: string | null; sku: string | null } | null
  versions?: BomVersion[]
}

export type BomInput = {
  product_id?: string
  variant_id?: string | null
  name?: string
  description?: string | null
}

export type BomVersionInput = {
  valid_from?: string
  valid_to?: string | null
  description?: string | null
  copy_from_version_id?: string
}

export type BomComponentInput = {
  product_variant_id?: string | null
  part_number?: string | null
  title?: string | null
  quantity?: number
  unit?: string | null
  position?: number
  reference?: string | null
}

export type ComponentChangeKind = "added" | "removed" | "changed" | "unchanged"

/** One part in the diff of two versions: only in `to` (added), only in `from` (removed), or in both. */
export type ComponentChange = {
  key: string
  change: ComponentChangeKind
  from: BomComponent | null
  to: BomComponent | null
  /** The fields that differ, for `changed`. */
  fields: string[]
}

export type BomDiff = {
  from: BomVersion
  to: BomVersion
  changes: ComponentChange[]
  summary: Record<ComponentChangeKind, number>
}

/** A version as a service object's BOM view names it. */
export type BomVersionRef = Pick<BomVersion, "id" | "bom_id" | "version" | "status" | "valid_from" | "valid_to">

export type ObjectBomMove = {
  id: string
  from_bom_version_id: string | null
  to_bom_version_id: string
  note: string | null
  actor_id: string | null
  created_at: string
  from_bom_version: BomVersionRef | null
  to_bom_version: BomVersionRef | null
}

/** `GET /admin/service-objects/:id/bom-version`: the pinned version and its moves, oldest first. */
export type ObjectBomView = {
  service_object_id: string
  bom_version: BomVersionRef | null
  history: ObjectBomMove[]
}

/** What the pickers and tables show for a product and its variants. */
export type ProductRef = {
  id: string
  title: string | null
  thumbnail?: string | null
  variants?: { id: string; title: string | null; sku: string | null }[]
}
