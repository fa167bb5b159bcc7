import { Checkbox, Label } from "@medusajs/ui"
import { z } from "zod"
import { toastSuccess } from "../../lib/errors"
import { humanize } from "../../lib/format"
import { useTechnicians } from "../../lib/hooks/technicians"
import { OVERRIDE_RULES, technicianName } from "../../lib/dispatch-types"
import { FormDate } from "../form/form-date"
import { FormField } from "../form/form-field"
import { FormSelect } from "../form/form-select"
import { FormTextarea } from "../form/form-text"
import { optionalText, requiredText } from "../form/schema"
import { useDrawerForm } from "../form/use-drawer-form"
import { FormDrawer, type DrawerProps } from "../form-drawer"
import { useOverridePrompt } from "./override-prompt"
import { useAssignmentSaver } from "./use-assignment-saver"

/** The next full hour, as a default start. */
const nextHour = () => {
  const d = new Date()
  d.setMinutes(0, 0, 0)
  d.setHours(d.getHours() + 1)
  return d
}

const AssignmentSchema = z
  .object({
    technician_id: requiredText("Choose a technician"),
    starts_at: z.string({ message: "Enter the start" }),
    ends_at: z.string({ message: "Enter the end" }),
    note: optionalText(),
    override: z.array(z.enum(OVERRIDE_RULES)),
    override_note: optionalText(),
  })
  .refine((v) => new Date(v.ends_at) > new Date(v.starts_at), { path: ["ends_at"], message: "The end must be after the start." })

const defaults = () => {
  const start = nextHour()
  return {
    technician_id: "",
    starts_at: start.toISOString(),
    ends_at: new Date(start.getTime() + 60 * 60_000).toISOString(),
    note: "",
    override: [],
    override_note: "",
  }
}

/** Assigns the order to a technician for a time window, optionally overriding rules up front. */
export const AssignmentDrawer = ({ open, onOpenChange, orderId, orderNumber }: DrawerProps<{ orderId: string; orderNumber: string }>) => {
  const technicians = useTechnicians({ is_active: true, limit: 200, fields: "id,first_name,last_name" })
  const form = useDrawerForm<z.input<typeof AssignmentSchema>, z.output<typeof AssignmentSchema>>(AssignmentSchema, open, defaults())
  const override = form.watch("override")
  const prompt = useOverridePrompt()
  const saver = useAssignmentSaver(prompt.ask, { throwRefusals: true })
  const { control } = form

  return (
    <>
      <FormDrawer
        form={form}
        open={open}
        onOpenChange={onOpenChange}
        title="Assign technician"
        description={`Plan ${orderNumber} for a technician and time window.`}
        onSubmit={async ({ note, override, override_note, ...window }) => {
          const saved = await saver.run(orderId, {
            ...window,
            ...(note ? { note } : {}),
            ...(override.length ? { override, ...(override_note ? { override_note } : {}) } : {}),
          })
          if (saved) {
            toastSuccess(`${orderNumber} was assigned`)
          }
          // Cancelled at the override prompt: the drawer stays open.
          return saved
        }}
        submitLabel="Assign"
        errorTestId="assignment-error"
        testId="assignment-drawer"
      >
        <FormSelect
          control={control}
          name="technician_id"
          label="Technician"
          id="assignment-technician"
          testId="assignment-technician"
          placeholder="Choose a technician"
          options={(technicians.data?.technicians ?? []).map((t) => ({ value: t.id, label: technicianName(t) }))}
        />
        <div className="grid grid-cols-2 gap-x-3">
          <FormDate control={control} name="starts_at" granularity="minute" label="Starts" id="assignment-starts" />
          <FormDate control={control} name="ends_at" granularity="minute" label="Ends" id="assignment-ends" />
        </div>
        <FormTextarea control={control} name="note" label="Note" id="assignment-note" optional />
        <FormField
          control={control}
          name="override"
          label="Override rules"
          id="assignment-override"
          optional
          hint="Only when the technician is knowingly planned outside the rules; recorded on the assignment."
          render={({ value, onChange }) => (
            <div className="flex flex-col gap-y-2">
              {OVERRIDE_RULES.map((rule) => (
                <div key={rule} className="flex items-center gap-x-2">
                  <Checkbox
                    id={`override-${rule}`}
                    checked={value.includes(rule)}
                    onCheckedChange={(checked) => onChange(checked === true ? [...value, rule] : value.filter((r) => r !== rule))}
                  />
                  <Label size="small" htmlFor={`override-${rule}`}>
                    {humanize(rule)}
                  </Label>
                </div>
              ))}
            </div>
          )}
        />
        {override.length > 0 && (
          <FormTextarea control={control} name="override_note" label="Override note" id="assignment-override-note" optional />
        )}
      </FormDrawer>
      {prompt.element}
    </>
  )
}
