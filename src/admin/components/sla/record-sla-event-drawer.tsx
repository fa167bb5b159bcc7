import { z } from "zod"
import { toastSuccess } from "../../lib/errors"
import { useRecordSlaEvent } from "../../lib/hooks/slas"
import type { ServiceOrderSlaView, SlaEventInput } from "../../../types"
import { FormDate } from "../form/form-date"
import { FormSelect } from "../form/form-select"
import { FormText, FormTextarea } from "../form/form-text"
import { optionalText } from "../form/schema"
import { useDrawerForm } from "../form/use-drawer-form"
import { FormDrawer, type DrawerProps } from "../form-drawer"

const CHOICE_KEYS = ["pause", "resume", "respond", "resolve"] as const
type Choice = (typeof CHOICE_KEYS)[number]

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

const SlaEventSchema = z
  .object({
    choice: z.enum(CHOICE_KEYS),
    reason_code: z.string().trim(),
    note: optionalText(),
    occurred_at: z.string().nullable(),
  })
  // Only a pause takes a reason, and needs one.
  .refine((v) => v.choice !== "pause" || v.reason_code, { path: ["reason_code"], message: "Enter why the clock stops" })

/** Records an SLA event on a service order: pause (with a reason code), resume, response or resolution. */
export const RecordSlaEventDrawer = ({
  open,
  onOpenChange,
  orderId,
  clock,
}: DrawerProps<{
  orderId: string
  clock: ServiceOrderSlaView["clock"]
}>) => {
  const choices = possibleSlaEvents(clock)
  const form = useDrawerForm(SlaEventSchema, open, { choice: choices[0] ?? "pause", reason_code: "", note: "", occurred_at: null })
  const choice = form.watch("choice")
  const record = useRecordSlaEvent(orderId)

  return (
    <FormDrawer
      form={form}
      open={open}
      onOpenChange={onOpenChange}
      title="Record SLA event"
      onSubmit={async ({ choice, reason_code, note, occurred_at }) => {
        await record.mutateAsync({
          ...CHOICES[choice].event,
          reason_code: choice === "pause" ? reason_code : undefined,
          note: note ?? undefined,
          occurred_at: occurred_at ?? undefined,
        })
        toastSuccess(CHOICES[choice].done)
      }}
      submitLabel="Record"
      submitDisabled={!choices.length}
      errorTestId="sla-event-error"
      testId="record-sla-event-drawer"
    >
      <FormSelect
        control={form.control}
        name="choice"
        label="Event"
        id="sla-event-type"
        testId="sla-event-type"
        options={choices.map((c) => ({ value: c, label: CHOICES[c].label }))}
      />
      {choice === "pause" && (
        <FormText
          control={form.control}
          name="reason_code"
          label="Reason code"
          id="sla-event-reason"
          hint="Why the clock stops, e.g. waiting_for_customer or waiting_for_parts."
        />
      )}
      <FormTextarea control={form.control} name="note" label="Note" id="sla-event-note" optional />
      <FormDate
        control={form.control}
        name="occurred_at"
        granularity="minute"
        label="When"
        id="sla-event-at"
        optional
        hint="Leave empty for now; e.g. a response by phone recorded afterwards."
      />
    </FormDrawer>
  )
}
