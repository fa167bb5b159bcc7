import { Select, Textarea } from "@medusajs/ui"
import { Fragment, useEffect, useState } from "react"
import { technicianName } from "../../lib/dispatch-types"
import { errorMessage, toastSuccess } from "../../lib/errors"
import { useServiceObjects } from "../../lib/hooks/service-objects"
import { componentText } from "../../lib/repair-flow"
import { useAddRepairLine, useAllRepairCodes, useObjectBomComponents, useUpdateRepairLine } from "../../lib/hooks/repairs"
import { REPAIR_CODE_KIND_LABELS, type RepairCode, type RepairCodeKind, type RepairLine, type RepairLineInput } from "../../lib/repair-types"
import { useCan } from "../../lib/hooks/roles"
import { useTechnicians } from "../../lib/hooks/technicians"
import type { ServiceOrder } from "../../../types"
import { Field, FormError } from "../field"
import { FormDrawer } from "../form-drawer"
import { OptionalSelect } from "../optional-select"

type Values = {
  service_object_id: string
  symptom_area_id: string | null
  symptom_code_id: string | null
  diagnosis_area_id: string | null
  diagnosis_code_id: string | null
  resolution_code_id: string | null
  condition_code_id: string | null
  bom_component_id: string | null
  technician_id: string | null
  notes: string
}

const valuesOf = (order: ServiceOrder, line: RepairLine | null): Values => ({
  service_object_id: line?.service_object_id ?? order.service_object_id ?? "",
  symptom_area_id: line?.symptom_area_id ?? null,
  symptom_code_id: line?.symptom_code_id ?? null,
  diagnosis_area_id: line?.diagnosis_area_id ?? null,
  diagnosis_code_id: line?.diagnosis_code_id ?? null,
  resolution_code_id: line?.resolution_code_id ?? null,
  condition_code_id: line?.condition_code_id ?? null,
  bom_component_id: line?.bom_component_id ?? null,
  technician_id: line?.technician_id ?? null,
  notes: line?.notes ?? "",
})

/** A select of "none" or one option; an option no longer offered (inactive) stays while chosen. */
const OptionSelect = ({
  id,
  label,
  value,
  options,
  onChange,
  disabled,
  placeholder = "None",
  hint,
}: {
  id: string
  label: string
  value: string | null
  options: { value: string; label: string }[]
  onChange: (value: string | null) => void
  disabled?: boolean
  placeholder?: string
  hint?: string
}) => (
  <Field label={label} htmlFor={id} optional hint={hint}>
    <OptionalSelect id={id} testId={id} value={value} onChange={onChange} options={options} emptyLabel={placeholder} disabled={disabled} />
  </Field>
)

/**
 * Records a repair on a service order or edits one: the object, symptom area → symptom code,
 * diagnosis area → diagnosis code (a code is offered only within the chosen area), resolution,
 * condition, the BOM component of the object's pinned version, technician and notes.
 */
export const RepairLineDrawer = ({
  open,
  onOpenChange,
  order,
  line,
}: {
  open: boolean
  onOpenChange: (open: boolean) => void
  order: ServiceOrder
  line: RepairLine | null
}) => {
  const isEdit = !!line
  const [values, setValues] = useState<Values>(() => valuesOf(order, line))
  const [error, setError] = useState<string | null>(null)
  const set = (patch: Partial<Values>) => setValues((v) => ({ ...v, ...patch }))

  useEffect(() => {
    if (open) {
      setValues(valuesOf(order, line))
      setError(null)
    }
    // Reset when the drawer opens or another line is edited.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, line?.id])

  const canReadObjects = useCan("service_objects.read")
  const canReadTechnicians = useCan("technicians.read")
  const codes = useAllRepairCodes()
  const objects = useServiceObjects(
    { customer_id: order.customer_id, limit: 100, fields: "id,name,serial_number" },
    { enabled: open && !isEdit && !!canReadObjects }
  )
  const technicians = useTechnicians({ is_active: true, limit: 200, order: "first_name" }, { enabled: open && !!canReadTechnicians })
  const ownObject = values.service_object_id === order.service_object_id
  const bom = useObjectBomComponents(
    open ? values.service_object_id : null,
    ownObject ? (order.service_object?.bom_version ?? null) : undefined
  )
  const add = useAddRepairLine(order.id)
  const update = useUpdateRepairLine(order.id)

  const codeOptions = (kind: RepairCodeKind, current: string | null, areaId?: string | null) =>
    (codes.data?.repair_codes ?? [])
      .filter((c: RepairCode) => c.kind === kind && (c.is_active || c.id === current))
      .filter((c) => areaId === undefined || c.parent_id === areaId)
      .map((c) => ({ value: c.id, label: `${c.code} · ${c.label}${c.is_active ? "" : " (inactive)"}` }))

  const objectOptions = [
    ...(order.service_object ? [order.service_object] : []),
    ...(objects.data?.service_objects ?? []).filter((o) => o.id !== order.service_object_id),
  ].map((o) => ({ value: o.id, label: [o.name, o.serial_number].filter(Boolean).join(" · ") }))

  const submit = () => {
    const body: RepairLineInput = {
      ...(isEdit ? {} : { service_object_id: values.service_object_id }),
      symptom_area_id: values.symptom_area_id,
      symptom_code_id: values.symptom_code_id,
      diagnosis_area_id: values.diagnosis_area_id,
      diagnosis_code_id: values.diagnosis_code_id,
      resolution_code_id: values.resolution_code_id,
      condition_code_id: values.condition_code_id,
      bom_component_id: values.bom_component_id,
      ...(canReadTechnicians ? { technician_id: values.technician_id } : {}),
      notes: values.notes.trim() || null,
    }
    const options = {
      onSuccess: () => {
        toastSuccess(isEdit ? "Repair was updated" : "Repair was recorded")
        onOpenChange(false)
      },
      onError: (e: unknown) => setError(errorMessage(e)),
    }
    if (isEdit) {
      update.mutate({ id: line!.id, ...body }, options)
    } else {
      add.mutate(body, options)
    }
  }

  const pinned = bom.data?.bom_version
  const componentHint = !values.service_object_id
    ? "Choose the object first."
    : bom.isLoading
      ? "Loading the object's BOM…"
      : pinned
        ? `Parts of BOM version ${pinned.version}, the version the object is pinned to.`
        : "The object is not pinned to a BOM version."

  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      title={isEdit ? "Edit repair" : "Record repair"}
      description={isEdit ? undefined : `On ${order.number}: what the customer saw, what was found and what was done.`}
      onSubmit={submit}
      isPending={add.isPending || update.isPending}
      submitLabel={isEdit ? "Save" : "Record"}
      submitDisabled={!values.service_object_id}
      testId="repair-line-drawer"
    >
      <Field label="Service object" htmlFor="repair-object" hint={isEdit ? "The object is fixed once the repair is recorded." : undefined}>
        <Select
          value={values.service_object_id || undefined}
          // Another object has other BOM components.
          onValueChange={(service_object_id) => set({ service_object_id, bom_component_id: null })}
          disabled={isEdit}
        >
          <Select.Trigger id="repair-object" data-testid="repair-object">
            <Select.Value placeholder="Choose the customer's object" />
          </Select.Trigger>
          <Select.Content>
            {(isEdit && line?.service_object
              ? [{ value: line.service_object.id, label: [line.service_object.name, line.service_object.serial_number].filter(Boolean).join(" · ") }]
              : objectOptions
            ).map((o) => (
              <Select.Item key={o.value} value={o.value}>
                {o.label}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </Field>
      <div className="grid grid-cols-2 gap-4">
        {(["symptom", "diagnosis"] as const).map((kind) => {
          const areaField = `${kind}_area_id` as const
          const codeField = `${kind}_code_id` as const
          const areaKind = `${kind}_area` as const
          return (
            <Fragment key={kind}>
              <OptionSelect
                id={`repair-${kind}-area`}
                label={REPAIR_CODE_KIND_LABELS[areaKind].one}
                value={values[areaField]}
                options={codeOptions(areaKind, values[areaField])}
                // A code belongs to one area: changing the area clears the code.
                onChange={(area) => set({ [areaField]: area, [codeField]: null })}
              />
              <OptionSelect
                id={`repair-${kind}-code`}
                label={REPAIR_CODE_KIND_LABELS[kind].one}
                value={values[codeField]}
                options={codeOptions(kind, values[codeField], values[areaField])}
                onChange={(c) => set({ [codeField]: c })}
                disabled={!values[areaField]}
                hint={values[areaField] ? undefined : `Choose the ${REPAIR_CODE_KIND_LABELS[areaKind].one.toLowerCase()} first.`}
              />
            </Fragment>
          )
        })}
        <OptionSelect
          id="repair-resolution"
          label={REPAIR_CODE_KIND_LABELS.resolution.one}
          value={values.resolution_code_id}
          options={codeOptions("resolution", values.resolution_code_id)}
          onChange={(resolution_code_id) => set({ resolution_code_id })}
        />
        <OptionSelect
          id="repair-condition"
          label={REPAIR_CODE_KIND_LABELS.condition.one}
          value={values.condition_code_id}
          options={codeOptions("condition", values.condition_code_id)}
          onChange={(condition_code_id) => set({ condition_code_id })}
        />
      </div>
      <OptionSelect
        id="repair-component"
        label="BOM component"
        value={values.bom_component_id}
        options={(bom.data?.components ?? []).map((c) => ({ value: c.id, label: componentText(c) }))}
        onChange={(bom_component_id) => set({ bom_component_id })}
        disabled={!pinned}
        hint={componentHint}
      />
      {canReadTechnicians && (
        <OptionSelect
          id="repair-technician"
          label="Technician"
          value={values.technician_id}
          options={(technicians.data?.technicians ?? []).map((t) => ({ value: t.id, label: technicianName(t) }))}
          onChange={(technician_id) => set({ technician_id })}
        />
      )}
      <Field label="Notes" htmlFor="repair-notes" optional>
        <Textarea id="repair-notes" value={values.notes} onChange={(e) => set({ notes: e.target.value })} data-testid="repair-notes" />
      </Field>
      <FormError message={error} testId="repair-line-error" />
    </FormDrawer>
  )
}
