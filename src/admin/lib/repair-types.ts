// The admin's view of the repair API: code tables, repair lines and an object's repair history.

export const REPAIR_CODE_KINDS = ["symptom_area", "symptom", "diagnosis_area", "diagnosis", "resolution", "condition"] as const
export type RepairCodeKind = (typeof REPAIR_CODE_KINDS)[number]

/** How each kind is named in the admin, singular and plural. */
export const REPAIR_CODE_KIND_LABELS: Record<RepairCodeKind, { one: string; many: string }> = {
  symptom_area: { one: "Symptom area", many: "Symptom areas" },
  symptom: { one: "Symptom", many: "Symptoms" },
  diagnosis_area: { one: "Diagnosis area", many: "Diagnosis areas" },
  diagnosis: { one: "Diagnosis", many: "Diagnoses" },
  resolution: { one: "Resolution", many: "Resolutions" },
  condition: { one: "Condition", many: "Conditions" },
}

/** The area kind the codes of a kind sit in (symptoms in symptom areas, diagnoses in diagnosis areas). */
export const REPAIR_CODE_AREA_KIND: Partial<Record<RepairCodeKind, RepairCodeKind>> = {
  symptom: "symptom_area",
  diagnosis: "diagnosis_area",
}

export type RepairCode = {
  id: string
  kind: RepairCodeKind
  code: string
  label: string
  description: string | null
  parent_id: string | null
  position: number
  is_active: boolean
}

export type RepairCodeInput = Partial<Pick<RepairCode, "code" | "label" | "description" | "parent_id" | "position" | "is_active">> & {
  kind?: RepairCodeKind
}

export const REPAIR_STATUSES = ["open", "diagnosed", "repaired", "verified"] as const
export type RepairStatus = (typeof REPAIR_STATUSES)[number]

type CodeRef = Pick<RepairCode, "id" | "code" | "label"> | null

export type RepairComponentRef = {
  id: string
  title: string | null
  part_number: string | null
  product_variant_id: string | null
  reference: string | null
  position?: number
}

export type RepairLine = {
  id: string
  status: RepairStatus
  service_order_id: string
  service_object_id: string
  bom_component_id: string | null
  bom_version_id: string | null
  technician_id: string | null
  notes: string | null
  diagnosed_at: string | null
  repaired_at: string | null
  verified_at: string | null
  created_at: string
  symptom_area_id: string | null
  symptom_code_id: string | null
  diagnosis_area_id: string | null
  diagnosis_code_id: string | null
  resolution_code_id: string | null
  condition_code_id: string | null
  symptom_area?: CodeRef
  symptom_code?: CodeRef
  diagnosis_area?: CodeRef
  diagnosis_code?: CodeRef
  resolution_code?: CodeRef
  condition_code?: CodeRef
  bom_component?: RepairComponentRef | null
  service_object?: { id: string; name: string; serial_number: string | null } | null
  technician?: { id: string; first_name: string; last_name: string | null } | null
  /** In an object's history: the order the repair was made on. */
  service_order?: { id: string; number: string; title: string | null; stage?: { code: string; name: string } | null } | null
}

/** The fields a repair line is written with (create and update). */
export type RepairLineInput = Partial<
  Pick<
    RepairLine,
    | "symptom_area_id"
    | "symptom_code_id"
    | "diagnosis_area_id"
    | "diagnosis_code_id"
    | "resolution_code_id"
    | "condition_code_id"
    | "bom_component_id"
    | "technician_id"
    | "notes"
    | "status"
  >
> & { service_object_id?: string }

type Counted<K extends string, T> = { [key in K]: T } & { count: number }

/** `GET /admin/repair-statistics`: which symptoms, diagnoses and components recur. */
export type RepairStatistics = {
  total: number
  symptoms: Counted<"symptom_code", CodeRef>[]
  diagnoses: Counted<"diagnosis_code", CodeRef>[]
  symptom_diagnoses: (Counted<"symptom_code", CodeRef> & { diagnosis_code: CodeRef })[]
  resolutions: Counted<"resolution_code", CodeRef>[]
  components: Counted<"bom_component", RepairComponentRef & { version?: { version: number } | null }>[]
}
