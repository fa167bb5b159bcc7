import { Button, Text } from "@medusajs/ui"
import { z } from "zod"
import type { ServiceObject } from "../../../types"
import { toastSuccess } from "../../lib/errors"
import { useUpdateServiceObject } from "../../lib/hooks/service-objects"
import { Can } from "../can"
import { FormRootError } from "../form/form-root-error"
import { FormText } from "../form/form-text"
import { optionalText } from "../form/schema"
import { submitShowingApiErrors, useDrawerForm } from "../form/use-drawer-form"

const SerialSchema = z.object({ serial_number: optionalText() })

/** The input and its Save, for users who may change objects. */
const SerialNumberEditor = ({ object }: { object: ServiceObject }) => {
  const update = useUpdateServiceObject(object.id)
  const stored = object.serial_number ?? ""
  // Restarts from the stored serial once a save (or another user's) changed it.
  const form = useDrawerForm(SerialSchema, true, { serial_number: stored }, `${object.id}:${stored}`)
  const submit = submitShowingApiErrors(form, async (body) => {
    await update.mutateAsync(body)
    toastSuccess(body.serial_number ? `Serial number ${body.serial_number} saved` : "Serial number removed")
  })
  return (
    <form
      className="flex flex-col gap-y-2"
      data-testid="serial-number-form"
      onSubmit={(e) => {
        e.preventDefault()
        void submit()
      }}
    >
      <div className="flex items-end gap-x-2">
        <div className="flex-1">
          <FormText control={form.control} name="serial_number" id={`serial-${object.id}`} label="Serial number" placeholder="Not entered" />
        </div>
        <Button size="small" variant="secondary" type="submit" disabled={!form.formState.isDirty} isLoading={form.formState.isSubmitting}>
          Save
        </Button>
      </div>
      <FormRootError control={form.control} testId="serial-number-error" />
    </form>
  )
}

/**
 * A registered unit's serial number, typed in where the merchant reads it (the order page at
 * fulfilment) and saved on its own; cleared, it is stored as none. The API's refusal (a serial too
 * long) shows under the input. Read-only without `service_objects.write`.
 */
export const SerialNumberForm = ({ object }: { object: ServiceObject }) => (
  <Can
    permission="service_objects.write"
    fallback={
      <Text size="small" className="text-ui-fg-subtle">
        {object.serial_number || "No serial number"}
      </Text>
    }
  >
    <SerialNumberEditor object={object} />
  </Can>
)
