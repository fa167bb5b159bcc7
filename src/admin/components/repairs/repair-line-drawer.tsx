import { Fragment, type ComponentProps } from "react"
import { z } from "zod"
import { technicianName } from "../../lib/dispatch-types"
import { toastSuccess } from "../../lib/errors"
import { useServiceObjects } from "../../lib/hooks/service-objects"
import { componentText } from "../../lib/repair-flow"
import { useAddRepairLine, useAllRepairCodes, useObjectBomComponents, useUpdateRepairLine } from "../../lib/hooks/repairs"
import { REPAIR_CODE_KIND_LABELS, type RepairCode, type RepairCodeKind, type RepairLine, type RepairLineInput } from "../../lib/repair-types"
import { useCan } from "../../lib/hooks/roles"
import { useTechnicians } from "../../lib/hooks/technicians"
import type { ServiceOrder } from "../../../types"
import { FormSelect } from "../form/form-select"
import { FormTextarea } from "../form/form-text"
import { optionalText, requiredText } from "../form/schema"
import { useDrawerForm } from "../form/use-drawer-form"
import { FormDrawer, type DrawerProps } from "../form-drawer"

const id = z.string().nullable()
const RepairLineSchema = z.object({
  service_object_id: requiredText("Choose the customer's object"),
  symptom_area_id: id,
  symptom_code_id: id,
  diagnosis_area_id: id,
  diagnosis_code_id: id,
  resolution_code_id: id,
  condition_code_id: id,
  bom_component_id: id,
  technician_id: id,
  notes: optionalText(),
})
type Values = z.input<typeof RepairLineSchema>

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

/**
 * Records a repair on a service order or edits one: the object, symptom area → symptom code,
 * diagnosis area → diagnosis code (a code is offered only within the chosen area), resolution,
 * condition, the BOM component of the object's pinned version, technician and notes.
 */
export const RepairLineDrawer = ({ open, onOpenChange, order, line }: DrawerProps<{ order: ServiceOrder; line: RepairLine | null }>) => {
  const isEdit = !!line
  // Keyed by the line too: editing another line starts from that line.
  const form = useDrawerForm(RepairLineSchema, open, valuesOf(order, line), line?.id)
  const values = form.watch()
  const { control } = form

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

  const submit = async ({ service_object_id, technician_id, ...codes }: z.output<typeof RepairLineSchema>) => {
    const body: RepairLineInput = {
      ...(isEdit ? {} : { service_object_id }),
      ...codes,
      ...(canReadTechnicians ? { technician_id } : {}),
    }
    await (isEdit ? update.mutateAsync({ id: line.id, ...body }) : add.mutateAsync(body))
    toastSuccess(isEdit ? "Repair was updated" : "Repair was recorded")
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
      form={form}
      open={open}
      onOpenChange={onOpenChange}
      title={isEdit ? "Edit repair" : "Record repair"}
      description={isEdit ? undefined : `On ${order.number}: what the customer saw, what was found and what was done.`}
      onSubmit={submit}
      submitLabel={isEdit ? "Save" : "Record"}
      errorTestId="repair-line-error"
      testId="repair-line-drawer"
    >
      <FormSelect
        control={control}
        name="service_object_id"
        label="Service object"
        id="repair-object"
        testId="repair-object"
        placeholder="Choose the customer's object"
        hint={isEdit ? "The object is fixed once the repair is recorded." : undefined}
        disabled={isEdit}
        options={
          isEdit && line?.service_object
            ? [{ value: line.service_object.id, label: [line.service_object.name, line.service_object.serial_number].filter(Boolean).join(" · ") }]
            : objectOptions
        }
        // Another object has other BOM components.
        onPick={() => form.setValue("bom_component_id", null)}
      />
      <div className="grid grid-cols-2 gap-4">
        {(["symptom", "diagnosis"] as const).map((kind) => {
          const areaField = `${kind}_area_id` as const
          const codeField = `${kind}_code_id` as const
          const areaKind = `${kind}_area` as const
          return (
            <Fragment key={kind}>
              <CodeSelect
                control={control}
                name={areaField}
                id={`repair-${kind}-area`}
                label={REPAIR_CODE_KIND_LABELS[areaKind].one}
                options={codeOptions(areaKind, values[areaField])}
                // A code belongs to one area: changing the area clears the code.
                onPick={() => form.setValue(codeField, null)}
              />
              <CodeSelect
                control={control}
                name={codeField}
                id={`repair-${kind}-code`}
                label={REPAIR_CODE_KIND_LABELS[kind].one}
                options={codeOptions(kind, values[codeField], values[areaField])}
                disabled={!values[areaField]}
                hint={values[areaField] ? undefined : `Choose the ${REPAIR_CODE_KIND_LABELS[areaKind].one.toLowerCase()} first.`}
              />
            </Fragment>
          )
        })}
        <CodeSelect
          control={control}
          name="resolution_code_id"
          id="repair-resolution"
          label={REPAIR_CODE_KIND_LABELS.resolution.one}
          options={codeOptions("resolution", values.resolution_code_id)}
        />
        <CodeSelect
          control={control}
          name="condition_code_id"
          id="repair-condition"
          label={REPAIR_CODE_KIND_LABELS.condition.one}
          options={codeOptions("condition", values.condition_code_id)}
        />
      </div>
      <CodeSelect
        control={control}
        name="bom_component_id"
          id="repair-component"
        label="BOM component"
        options={(bom.data?.components ?? []).map((c) => ({ value: c.id, label: componentText(c) }))}
        disabled={!pinned}
        hint={componentHint}
      />
      {canReadTechnicians && (
        <CodeSelect
          control={control}
          name="technician_id"
          id="repair-technician"
          label="Technician"
          options={(technicians.data?.technicians ?? []).map((t) => ({ value: t.id, label: technicianName(t) }))}
        />
      )}
      <FormTextarea control={control} name="notes" label="Notes" id="repair-notes" optional />
    </FormDrawer>
  )
}

/** One of the repair's optional choices: "None" or one option. */
const CodeSelect = (
  props: Omit<ComponentProps<typeof FormSelect<Values, z.output<typeof RepairLineSchema>>>, "testId" | "noneLabel" | "optional">
) => <FormSelect {...props} testId={props.id} noneLabel="None" optional />
