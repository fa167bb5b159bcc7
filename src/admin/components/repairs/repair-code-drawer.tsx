import { useWatch } from "react-hook-form"
import { z } from "zod"
import { toastSaved } from "../../lib/errors"
import { useAllRepairCodes, useSaveRepairCode } from "../../lib/hooks/repairs"
import { REPAIR_CODE_AREA_KIND, REPAIR_CODE_KIND_LABELS, REPAIR_CODE_KINDS, type RepairCode, type RepairCodeKind } from "../../lib/repair-types"
import { FormField } from "../form/form-field"
import { FormNumber } from "../form/form-number"
import { FormSelect } from "../form/form-select"
import { FormSwitch } from "../form/form-switch"
import { FormText, FormTextarea } from "../form/form-text"
import { optionalText, requiredText } from "../form/schema"
import { useDrawerForm } from "../form/use-drawer-form"
import { FormDrawer, type DrawerProps } from "../form-drawer"
import { RepairCodeKindSelect } from "./repair-code-kind-select"

const RepairCodeSchema = z
  .object({
    kind: z.enum(REPAIR_CODE_KINDS),
    parent_id: z.string().nullable(),
    code: requiredText("Enter a code"),
    label: requiredText("Enter a label"),
    description: optionalText(),
    position: z.number("Enter a position").int("Enter a whole number").min(0, "Enter 0 or more"),
    is_active: z.boolean(),
  })
  .refine((v) => !REPAIR_CODE_AREA_KIND[v.kind] || !!v.parent_id, { path: ["parent_id"], message: "Choose an area" })

/**
 * Creates or edits an entry of the repair code tables. Symptom and diagnosis codes sit in an
 * area of their own table; the kind is fixed once created (repair lines take codes by kind).
 */
export const RepairCodeDrawer = ({
  open,
  onOpenChange,
  code,
  defaultKind,
}: DrawerProps<{
  code: RepairCode | null
  defaultKind: RepairCodeKind
}>) => {
  const save = useSaveRepairCode()
  const all = useAllRepairCodes()
  const form = useDrawerForm(RepairCodeSchema, open, {
    kind: code?.kind ?? defaultKind,
    parent_id: code?.parent_id ?? null,
    code: code?.code ?? "",
    label: code?.label ?? "",
    description: code?.description ?? "",
    position: code?.position ?? 0,
    is_active: code?.is_active ?? true,
  })
  const { control } = form
  const [kind, parentId] = useWatch({ control, name: ["kind", "parent_id"] })
  const areaKind = REPAIR_CODE_AREA_KIND[kind]
  const areas = (all.data?.repair_codes ?? []).filter((c) => c.kind === areaKind && (c.is_active || c.id === parentId))

  return (
    <FormDrawer
      form={form}
      open={open}
      onOpenChange={onOpenChange}
      title={code ? `Edit ${REPAIR_CODE_KIND_LABELS[kind].one.toLowerCase()}` : "Create repair code"}
      submitLabel={code ? "Save" : "Create"}
      testId="repair-code-drawer"
      errorTestId="repair-code-error"
      onSubmit={async ({ kind, parent_id, ...rest }) => {
        // The kind is fixed once created; only codes of an area's table name a parent.
        const body = { ...(code ? {} : { kind }), ...(REPAIR_CODE_AREA_KIND[kind] ? { parent_id } : {}), ...rest }
        await save.mutateAsync({ id: code?.id, body })
        toastSaved(`${REPAIR_CODE_KIND_LABELS[kind].one} "${rest.code}"`, !!code)
      }}
    >
      <FormField
        control={control}
        name="kind"
        id="repair-code-kind"
        label="Table"
        hint={code ? "The table is fixed once created." : undefined}
        render={({ value, onChange }) => (
          <RepairCodeKindSelect
            id="repair-code-kind"
            testId="repair-code-kind"
            value={value}
            disabled={!!code}
            onChange={(next) => {
              onChange(next)
              form.setValue("parent_id", null)
            }}
          />
        )}
      />
      {areaKind && (
        <FormSelect
          control={control}
          name="parent_id"
          id="repair-code-area"
          testId="repair-code-area"
          label={REPAIR_CODE_KIND_LABELS[areaKind].one}
          hint="The picker offers this code once the area is chosen."
          placeholder={areas.length ? "Choose an area" : `Create a ${REPAIR_CODE_KIND_LABELS[areaKind].one.toLowerCase()} first`}
          options={areas.map((a) => ({ value: a.id, label: `${a.code} · ${a.label}` }))}
        />
      )}
      <div className="grid grid-cols-[1fr_2fr] gap-4">
        <FormText control={control} name="code" id="repair-code-code" label="Code" hint="Letters, digits, _ . -" />
        <FormText control={control} name="label" id="repair-code-label" label="Label" />
      </div>
      <FormTextarea control={control} name="description" id="repair-code-description" label="Description" optional />
      <FormNumber control={control} name="position" id="repair-code-position" label="Position" min={0} hint="Pickers list codes by position, then code." />
      <FormSwitch
        control={control}
        name="is_active"
        id="repair-code-active"
        label="Active"
        hint="Inactive codes stay on the repairs that use them but are no longer offered."
      />
    </FormDrawer>
  )
}
