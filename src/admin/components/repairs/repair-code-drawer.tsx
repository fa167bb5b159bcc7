import { Label, Select, Switch, Textarea } from "@medusajs/ui"
import { useAllRepairCodes, useSaveRepairCode } from "../../lib/hooks/repairs"
import {
  REPAIR_CODE_AREA_KIND,
  REPAIR_CODE_KIND_LABELS,
  type RepairCode,
  type RepairCodeKind,
} from "../../lib/repair-types"
import { RepairCodeKindSelect } from "./repair-code-kind-select"
import { useRecordForm } from "../dispatch-settings/use-record-form"
import { Field, FormError, TextField } from "../field"
import { FormDrawer } from "../form-drawer"

type CodeValues = {
  kind: RepairCodeKind
  code: string
  label: string
  description: string
  parent_id: string | null
  position: string
  is_active: boolean
}

/**
 * Creates or edits an entry of the repair code tables. Symptom and diagnosis codes sit in an
 * area of their own table; the kind is fixed once created (repair lines take codes by kind).
 */
export const RepairCodeDrawer = ({
  open,
  onOpenChange,
  code,
  defaultKind,
}: {
  open: boolean
  onOpenChange: (open: boolean) => void
  code: RepairCode | null
  defaultKind: RepairCodeKind
}) => {
  const save = useSaveRepairCode()
  const all = useAllRepairCodes()
  const form = useRecordForm<RepairCode, CodeValues>({
    open,
    onOpenChange,
    record: code,
    toValues: (c) => ({
      kind: c?.kind ?? defaultKind,
      code: c?.code ?? "",
      label: c?.label ?? "",
      description: c?.description ?? "",
      parent_id: c?.parent_id ?? null,
      position: String(c?.position ?? 0),
      is_active: c?.is_active ?? true,
    }),
    save: {
      mutate: ({ id, body }, opts) =>
        save.mutate(
          {
            id,
            body: {
              ...(id ? {} : { kind: body.kind }),
              code: body.code.trim(),
              label: body.label.trim(),
              description: body.description.trim() || null,
              ...(REPAIR_CODE_AREA_KIND[body.kind] ? { parent_id: body.parent_id } : {}),
              position: Number(body.position) || 0,
              is_active: body.is_active,
            },
          },
          opts
        ),
    },
    describe: (v) => `${REPAIR_CODE_KIND_LABELS[v.kind].one} "${v.code.trim()}"`,
  })
  const v = form.values
  const areaKind = REPAIR_CODE_AREA_KIND[v.kind]
  const areas = (all.data?.repair_codes ?? []).filter((c) => c.kind === areaKind && (c.is_active || c.id === v.parent_id))
  const position = Number(v.position)
  const valid = !!v.code.trim() && !!v.label.trim() && (!areaKind || !!v.parent_id) && Number.isInteger(position) && position >= 0

  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      title={form.isEdit ? `Edit ${REPAIR_CODE_KIND_LABELS[v.kind].one.toLowerCase()}` : "Create repair code"}
      onSubmit={() => form.submit(v)}
      isPending={save.isPending}
      submitLabel={form.isEdit ? "Save" : "Create"}
      submitDisabled={!valid}
      testId="repair-code-drawer"
    >
      <Field label="Table" htmlFor="repair-code-kind" hint={form.isEdit ? "The table is fixed once created." : undefined}>
        <RepairCodeKindSelect
          id="repair-code-kind"
          testId="repair-code-kind"
          value={v.kind}
          onChange={(kind) => form.set({ kind, parent_id: null })}
          disabled={form.isEdit}
        />
      </Field>
      {areaKind && (
        <Field label={REPAIR_CODE_KIND_LABELS[areaKind].one} htmlFor="repair-code-area" hint="The picker offers this code once the area is chosen.">
          <Select value={v.parent_id ?? undefined} onValueChange={(parent_id) => form.set({ parent_id })}>
            <Select.Trigger id="repair-code-area" data-testid="repair-code-area">
              <Select.Value placeholder={areas.length ? "Choose an area" : `Create a ${REPAIR_CODE_KIND_LABELS[areaKind].one.toLowerCase()} first`} />
            </Select.Trigger>
            <Select.Content>
              {areas.map((a) => (
                <Select.Item key={a.id} value={a.id}>
                  {a.code} · {a.label}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </Field>
      )}
      <div className="grid grid-cols-[1fr_2fr] gap-4">
        <TextField id="repair-code-code" label="Code" value={v.code} onChange={(code) => form.set({ code })} hint="Letters, digits, _ . -" />
        <TextField id="repair-code-label" label="Label" value={v.label} onChange={(label) => form.set({ label })} />
      </div>
      <Field label="Description" htmlFor="repair-code-description" optional>
        <Textarea id="repair-code-description" value={v.description} onChange={(e) => form.set({ description: e.target.value })} />
      </Field>
      <TextField id="repair-code-position" label="Position" value={v.position} onChange={(position) => form.set({ position })} hint="Pickers list codes by position, then code." inputMode="numeric" />
      <div className="bg-ui-bg-component shadow-elevation-card-rest flex items-start gap-x-3 rounded-lg p-3">
        <Switch id="repair-code-active" checked={v.is_active} onCheckedChange={(is_active) => form.set({ is_active })} data-testid="repair-code-active" />
        <div className="flex flex-col">
          <Label htmlFor="repair-code-active" size="small" weight="plus">
            Active
          </Label>
          <span className="txt-compact-small text-ui-fg-subtle">
            Inactive codes stay on the repairs that use them but are no longer offered.
          </span>
        </div>
      </div>
      <FormError message={form.error} testId="repair-code-error" />
    </FormDrawer>
  )
}
