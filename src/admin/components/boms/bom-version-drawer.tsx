import { z } from "zod"
import { sortVersions, validityText, versionLabel } from "../../lib/bom-format"
import { toastSaved } from "../../lib/errors"
import { toDateInput } from "../../lib/format"
import { useSaveBomVersion } from "../../lib/hooks/boms"
import { dayToIso } from "../../lib/sla-format"
import type { BomVersion } from "../../../types"
import { FormDate } from "../form/form-date"
import { FormSelect } from "../form/form-select"
import { FormTextarea } from "../form/form-text"
import { optionalText } from "../form/schema"
import { useDrawerForm } from "../form/use-drawer-form"
import { FormDrawer, type DrawerProps } from "../form-drawer"

const VersionSchema = z
  .object({
    valid_from: z
      .string()
      .nullable()
      .refine((v) => !!v, "Choose the first valid day"),
    valid_to: z.string().nullable(),
    description: optionalText(),
    copy_from: z.string().nullable(),
  })
  // "YYYY-MM-DD" days compare as text.
  .refine((v) => !v.valid_to || !v.valid_from || v.valid_to > v.valid_from, {
    path: ["valid_to"],
    message: "Must be after the start.",
  })

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
}: DrawerProps<{
  bomId: string
  /** The draft to edit; null creates one. */
  version: BomVersion | null
  /** The BOM's versions, to copy components from. */
  versions: BomVersion[]
  onCreated?: (version: BomVersion) => void
}>) => {
  const save = useSaveBomVersion(bomId)
  const sorted = sortVersions(versions)
  const form = useDrawerForm(VersionSchema, open, {
    valid_from: version ? toDateInput(version.valid_from) : today(),
    valid_to: toDateInput(version?.valid_to ?? null) || null,
    description: version?.description ?? "",
    copy_from: version ? null : (sorted[0]?.id ?? null),
  })
  const { control } = form

  return (
    <FormDrawer
      form={form}
      open={open}
      onOpenChange={onOpenChange}
      title={version ? `Edit ${versionLabel(version).toLowerCase()}` : "New version"}
      description={
        version ? "Only a draft's validity and description change." : "A draft version: edit its components, then approve it."
      }
      submitLabel={version ? "Save" : "Create draft"}
      testId="bom-version-drawer"
      errorTestId="bom-version-error"
      onSubmit={async ({ valid_from, valid_to, description, copy_from }) => {
        const saved = await save.mutateAsync({
          id: version?.id,
          body: {
            valid_from: dayToIso(valid_from!),
            valid_to: valid_to ? dayToIso(valid_to) : null,
            description,
            ...(!version && copy_from ? { copy_from_version_id: copy_from } : {}),
          },
        })
        toastSaved(version ? versionLabel(version) : "The new draft version", !!version)
        if (!version) {
          onCreated?.(saved)
        }
      }}
    >
      <div className="grid grid-cols-2 gap-4">
        <FormDate control={control} name="valid_from" id="bom-version-from" label="Valid from" />
        <FormDate
          control={control}
          name="valid_to"
          id="bom-version-to"
          label="Valid until"
          optional
          hint="Exclusive; empty means open-ended."
        />
      </div>
      {!version && (
        <FormSelect
          control={control}
          name="copy_from"
          id="bom-version-copy"
          testId="bom-version-copy"
          label="Start from"
          hint="The new draft gets a copy of that version's components."
          noneLabel="No components"
          options={sorted.map((o) => ({ value: o.id, label: `${versionLabel(o)} (${o.status}, ${validityText(o)})` }))}
        />
      )}
      <FormTextarea
        control={control}
        name="description"
        id="bom-version-description"
        label="Description"
        optional
        placeholder="What changed in this version"
      />
    </FormDrawer>
  )
}
