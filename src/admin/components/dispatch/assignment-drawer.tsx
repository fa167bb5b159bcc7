import { Checkbox, Input, Label, Select, Text, Textarea } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { toastSuccess } from "../../lib/errors"
import { humanize } from "../../lib/format"
import { useTechnicians } from "../../lib/hooks/technicians"
import { OVERRIDE_RULES, technicianName, type OverrideRule } from "../../lib/dispatch-types"
import { Field, FormError } from "../field"
import { FormDrawer } from "../form-drawer"
import { useOverridePrompt } from "./override-prompt"
import { useAssignmentSaver } from "./use-assignment-saver"

/** `YYYY-MM-DDTHH:MM` for a datetime-local input, in local time. */
const toLocalInput = (d: Date) => {
  const pad = (n: number) => String(n).padStart(2, "0")
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`
}

/** The next full hour, as a default start. */
const nextHour = () => {
  const d = new Date()
  d.setMinutes(0, 0, 0)
  d.setHours(d.getHours() + 1)
  return d
}

/** Assigns the order to a technician for a time window, optionally overriding rules up front. */
export const AssignmentDrawer = ({
  open,
  onOpenChange,
  orderId,
  orderNumber,
}: {
  open: boolean
  onOpenChange: (open: boolean) => void
  orderId: string
  orderNumber: string
}) => {
  const technicians = useTechnicians({ is_active: true, limit: 200, fields: "id,first_name,last_name" })
  const [technicianId, setTechnicianId] = useState("")
  const [startsAt, setStartsAt] = useState("")
  const [endsAt, setEndsAt] = useState("")
  const [note, setNote] = useState("")
  const [override, setOverride] = useState<OverrideRule[]>([])
  const [overrideNote, setOverrideNote] = useState("")
  const [apiError, setApiError] = useState<string | null>(null)
  const prompt = useOverridePrompt()
  const saver = useAssignmentSaver(prompt.ask, setApiError)

  useEffect(() => {
    if (!open) {
      return
    }
    const start = nextHour()
    setTechnicianId("")
    setStartsAt(toLocalInput(start))
    setEndsAt(toLocalInput(new Date(start.getTime() + 60 * 60_000)))
    setNote("")
    setOverride([])
    setOverrideNote("")
    setApiError(null)
  }, [open])

  const start = startsAt ? new Date(startsAt) : null
  const end = endsAt ? new Date(endsAt) : null
  const windowError = start && end && end <= start ? "The end must be after the start." : null

  const onSubmit = async () => {
    if (!technicianId || !start || !end || windowError) {
      return
    }
    setApiError(null)
    const saved = await saver.run(orderId, {
      technician_id: technicianId,
      starts_at: start.toISOString(),
      ends_at: end.toISOString(),
      ...(note.trim() ? { note: note.trim() } : {}),
      ...(override.length ? { override, ...(overrideNote.trim() ? { override_note: overrideNote.trim() } : {}) } : {}),
    })
    if (saved) {
      toastSuccess(`${orderNumber} was assigned`)
      onOpenChange(false)
    }
  }

  return (
    <>
      <FormDrawer
        open={open}
        onOpenChange={onOpenChange}
        title="Assign technician"
        description={`Plan ${orderNumber} for a technician and time window.`}
        onSubmit={onSubmit}
        isPending={saver.isPending}
        submitLabel="Assign"
        submitDisabled={!technicianId || !start || !end || !!windowError}
        testId="assignment-drawer"
      >
        <Field label="Technician">
          <Select size="small" value={technicianId} onValueChange={setTechnicianId}>
            <Select.Trigger data-testid="assignment-technician">
              <Select.Value placeholder="Choose a technician" />
            </Select.Trigger>
            <Select.Content>
              {(technicians.data?.technicians ?? []).map((t) => (
                <Select.Item key={t.id} value={t.id}>
                  {technicianName(t)}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </Field>
        <div className="grid grid-cols-2 gap-x-3">
          <Field label="Starts" htmlFor="assignment-starts">
            <Input id="assignment-starts" type="datetime-local" size="small" value={startsAt} onChange={(e) => setStartsAt(e.target.value)} />
          </Field>
          <Field label="Ends" htmlFor="assignment-ends">
            <Input id="assignment-ends" type="datetime-local" size="small" value={endsAt} onChange={(e) => setEndsAt(e.target.value)} />
          </Field>
        </div>
        {windowError && (
          <Text size="small" className="text-ui-fg-error">
            {windowError}
          </Text>
        )}
        <Field label="Note" htmlFor="assignment-note" optional>
          <Textarea id="assignment-note" value={note} onChange={(e) => setNote(e.target.value)} />
        </Field>
        <Field label="Override rules" optional hint="Only when the technician is knowingly planned outside the rules; recorded on the assignment.">
          <div className="flex flex-col gap-y-2">
            {OVERRIDE_RULES.map((rule) => (
              <div key={rule} className="flex items-center gap-x-2">
                <Checkbox
                  id={`override-${rule}`}
                  checked={override.includes(rule)}
                  onCheckedChange={(checked) =>
                    setOverride((cur) => (checked === true ? [...cur, rule] : cur.filter((r) => r !== rule)))
                  }
                />
                <Label size="small" htmlFor={`override-${rule}`}>
                  {humanize(rule)}
                </Label>
              </div>
            ))}
          </div>
        </Field>
        {override.length > 0 && (
          <Field label="Override note" htmlFor="assignment-override-note" optional>
            <Textarea id="assignment-override-note" value={overrideNote} onChange={(e) => setOverrideNote(e.target.value)} />
          </Field>
        )}
        <FormError message={apiError} testId="assignment-error" />
      </FormDrawer>
      {prompt.element}
    </>
  )
}
