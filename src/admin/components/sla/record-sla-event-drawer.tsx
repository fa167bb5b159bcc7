import { Input, Select, Text, Textarea } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { errorMessage, toastError, toastSuccess } from "../../lib/errors"
import { useRecordSlaEvent } from "../../lib/hooks/slas"
import type { ServiceOrderSlaView, SlaEventInput } from "../../../types"
import { Field } from "../field"
import { FormDrawer } from "../form-drawer"

type Choice = "pause" | "resume" | "respond" | "resolve"

const CHOICES: Record<Choice, { label: string; done: string; event: Pick<SlaEventInput, "type" | "metric"> }> = {
  pause: { label: "Pause the clock", done: "SLA clock paused", event: { type: "pause" } },
  resume: { label: "Resume the clock", done: "SLA clock resumed", event: { type: "resume" } },
  respond: { label: "Record the response", done: "Response recorded", event: { type: "stop", metric: "response" } },
  resolve: { label: "Record the resolution (stops the clock)", done: "Resolution recorded", event: { type: "stop", metric: "resolution" } },
}

/** The events that fit the clock as it stands (the API refuses the others with a 400). */
export const possibleSlaEvents = (clock: ServiceOrderSlaView["clock"]): Choice[] => {
  if (!clock || !clock.started_at || clock.resolved_at) {
    return []
  }
  const out: Choice[] = [clock.paused ? "resume" : "pause"]
  if (!clock.responded_at) {
    out.push("respond")
  }
  out.push("resolve")
  return out
}

/** Records an SLA event on a service order: pause (with a reason code), resume, response or resolution. */
export const RecordSlaEventDrawer = ({
  open,
  onOpenChange,
  orderId,
  clock,
}: {
  open: boolean
  onOpenChange: (open: boolean) => void
  orderId: string
  clock: ServiceOrderSlaView["clock"]
}) => {
  const choices = possibleSlaEvents(clock)
  const [choice, setChoice] = useState<Choice>("pause")
  const [reason, setReason] = useState("")
  const [note, setNote] = useState("")
  const [occurredAt, setOccurredAt] = useState("")
  const [apiError, setApiError] = useState<string | null>(null)
  const record = useRecordSlaEvent(orderId)

  useEffect(() => {
    if (!open) {
      return
    }
    setChoice(choices[0] ?? "pause")
    setReason("")
    setNote("")
    setOccurredAt("")
    setApiError(null)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open])

  const submit = () => {
    setApiError(null)
    const body: SlaEventInput = {
      ...CHOICES[choice].event,
      reason_code: choice === "pause" ? reason.trim() : undefined,
      note: note.trim() || undefined,
      occurred_at: occurredAt ? new Date(occurredAt).toISOString() : undefined,
    }
    record.mutate(body, {
      onSuccess: () => {
        toastSuccess(CHOICES[choice].done)
        onOpenChange(false)
      },
      onError: (e) => {
        setApiError(errorMessage(e))
        toastError(e)
      },
    })
  }

  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      title="Record SLA event"
      onSubmit={submit}
      isPending={record.isPending}
      submitLabel="Record"
      submitDisabled={!choices.length || (choice === "pause" && !reason.trim())}
      testId="record-sla-event-drawer"
    >
      {apiError && (
        <Text size="small" className="text-ui-fg-error" data-testid="sla-event-error">
          {apiError}
        </Text>
      )}
      <Field label="Event" htmlFor="sla-event-type">
        <Select value={choice} onValueChange={(v) => setChoice(v as Choice)}>
          <Select.Trigger id="sla-event-type" data-testid="sla-event-type">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            {choices.map((c) => (
              <Select.Item key={c} value={c}>
                {CHOICES[c].label}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </Field>
      {choice === "pause" && (
        <Field label="Reason code" htmlFor="sla-event-reason" hint="Why the clock stops, e.g. waiting_for_customer or waiting_for_parts.">
          <Input id="sla-event-reason" size="small" value={reason} onChange={(e) => setReason(e.target.value)} />
        </Field>
      )}
      <Field label="Note" htmlFor="sla-event-note" optional>
        <Textarea id="sla-event-note" rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
      </Field>
      <Field label="When" htmlFor="sla-event-at" optional hint="Leave empty for now; e.g. a response by phone recorded afterwards.">
        <Input id="sla-event-at" type="datetime-local" size="small" value={occurredAt} onChange={(e) => setOccurredAt(e.target.value)} />
      </Field>
    </FormDrawer>
  )
}
