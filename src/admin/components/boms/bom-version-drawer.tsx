import { Input, Select, Textarea } from "@medusajs/ui"
import { useSaveBomVersion } from "../../lib/hooks/boms"
import { sortVersions, validityText, versionLabel } from "../../lib/bom-format"
import type { BomVersion } from "../../lib/bom-types"
import { toDateInput } from "../../lib/format"
import { dayToIso } from "../../lib/sla-format"
import { useRecordForm } from "../dispatch-settings/use-record-form"
import { Field, FormError } from "../field"
import { FormDrawer } from "../form-drawer"

const NO_COPY = "__empty__"

type VersionValues = { valid_from: string; valid_to: string; description: string; copy_from: string }

const today = () => new Date().toISOString().slice(0, 10)

/**
 * Adds a draft version to a BOM — its validity, optionally starting from another version's
 * components — or changes a draft's validity and description.
 */
export const BomVersionDrawer = ({
  open,
  onOpenChange,
  bomId,
  version,
  versions,
  onCreated,
}: {
  open: boolean
  onOpenChange: (open: boolean) => void
  bomId: string
  /** The draft to edit; null creates one. */
  version: BomVersion | null
  /** The BOM's versions, to copy components from. */
  versions: BomVersion[]
  onCreated?: (version: BomVersion) => void
}) => {
  const save = useSaveBomVersion(bomId)
  const newest = sortVersions(versions)[0]
  const form = useRecordForm<BomVersion, VersionValues>({
    open,
    onOpenChange,
    record: version,
    toValues: (v) => ({
      valid_from: v ? toDateInput(v.valid_from) : today(),
      valid_to: toDateInput(v?.valid_to ?? null),
      description: v?.description ?? "",
      copy_from: v ? NO_COPY : (newest?.id ?? NO_COPY),
    }),
    save: {
      mutate: ({ id, body }, opts) =>
        save.mutate(
          {
            id,
            body: {
              valid_from: dayToIso(body.valid_from),
              valid_to: body.valid_to ? dayToIso(body.valid_to) : null,
              description: body.description.trim() || null,
              ...(!id && body.copy_from !== NO_COPY ? { copy_from_version_id: body.copy_from } : {}),
            },
          },
          {
            onSuccess: (saved) => {
              opts.onSuccess()
              if (!id) {
                onCreated?.(saved)
              }
            },
            onError: opts.onError,
          }
        ),
    },
    describe: () => (version ? versionLabel(version) : "The new draft version"),
  })
  const v = form.values
  const endsAfterStart = !v.valid_to || (!!v.valid_from && v.valid_to > v.valid_from)

  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      title={version ? `Edit ${versionLabel(version).toLowerCase()}` : "New version"}
      description={
        version ? "Only a draft's validity and description change." : "A draft version: edit its components, then approve it."
      }
      onSubmit={() => form.submit(v)}
      isPending={save.isPending}
      submitLabel={version ? "Save" : "Create draft"}
      submitDisabled={!v.valid_from || !endsAfterStart}
      testId="bom-version-drawer"
    >
      <div className="grid grid-cols-2 gap-4">
        <Field label="Valid from" htmlFor="bom-version-from">
          <Input id="bom-version-from" type="date" size="small" value={v.valid_from} onChange={(e) => form.set({ valid_from: e.target.value })} />
        </Field>
        <Field
          label="Valid until"
          htmlFor="bom-version-to"
          optional
          hint={endsAfterStart ? "Exclusive; empty means open-ended." : "Must be after the start."}
        >
          <Input id="bom-version-to" type="date" size="small" value={v.valid_to} onChange={(e) => form.set({ valid_to: e.target.value })} />
        </Field>
      </div>
      {!version && (
        <Field label="Start from" htmlFor="bom-version-copy" hint="The new draft gets a copy of that version's components.">
          <Select value={v.copy_from} onValueChange={(copy_from) => form.set({ copy_from })}>
            <Select.Trigger id="bom-version-copy" data-testid="bom-version-copy">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value={NO_COPY}>No components</Select.Item>
              {sortVersions(versions).map((o) => (
                <Select.Item key={o.id} value={o.id}>
                  {`${versionLabel(o)} (${o.status}, ${validityText(o)})`}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </Field>
      )}
      <Field label="Description" htmlFor="bom-version-description" optional>
        <Textarea
          id="bom-version-description"
          value={v.description}
          placeholder="What changed in this version"
          onChange={(e) => form.set({ description: e.target.value })}
        />
      </Field>
      <FormError message={form.error} testId="bom-version-error" />
    </FormDrawer>
  )
}
