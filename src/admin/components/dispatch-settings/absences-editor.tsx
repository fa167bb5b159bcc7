import { Trash } from "@medusajs/icons"
import { Button, IconButton, Input, Select, Text } from "@medusajs/ui"
import { useState } from "react"
import { errorMessage, toastError } from "../../lib/errors"
import { humanize } from "../../lib/format"
import { useAbsences, useAddAbsence, useDeleteAbsence } from "../../lib/hooks/technicians"
import { ABSENCE_REASONS, type AbsenceReason } from "../../lib/dispatch-types"
import { FormError } from "../field"
import { formatWindow } from "../dispatch/service-order-assignments-section"

/** A technician's absences (hatched on the board): list, add, delete. Saved at once, not with the drawer. */
export const AbsencesEditor = ({ technicianId }: { technicianId: string }) => {
  const { data } = useAbsences(technicianId)
  const add = useAddAbsence(technicianId)
  const remove = useDeleteAbsence(technicianId)
  const [from, setFrom] = useState("")
  const [to, setTo] = useState("")
  const [reason, setReason] = useState<AbsenceReason>("vacation")
  const [note, setNote] = useState("")
  const [error, setError] = useState<string | null>(null)
  const absences = [...(data?.absences ?? [])].sort((a, b) => a.starts_at.localeCompare(b.starts_at))

  const onAdd = () => {
    setError(null)
    add.mutate(
      { starts_at: new Date(from).toISOString(), ends_at: new Date(to).toISOString(), reason, note: note.trim() || null },
      {
        onSuccess: () => {
          setFrom("")
          setTo("")
          setNote("")
        },
        onError: (e) => setError(errorMessage(e)),
      }
    )
  }

  return (
    <div className="flex flex-col gap-y-3" data-testid="absences">
      {absences.length === 0 ? (
        <Text size="small" className="text-ui-fg-muted">
          No absences.
        </Text>
      ) : (
        <ul className="flex flex-col gap-y-1">
          {absences.map((a) => (
            <li key={a.id} className="flex items-center justify-between gap-x-2" data-testid="absence-row">
              <Text size="small">
                <span className="font-medium">{humanize(a.reason)}</span> · {formatWindow(a)}
                {a.note ? ` · ${a.note}` : ""}
              </Text>
              <IconButton
                size="small"
                variant="transparent"
                type="button"
                aria-label="Delete absence"
                onClick={() => remove.mutate(a.id, { onError: toastError })}
              >
                <Trash />
              </IconButton>
            </li>
          ))}
        </ul>
      )}
      <div className="grid grid-cols-2 gap-2">
        <Input size="small" type="datetime-local" aria-label="Absent from" data-testid="absence-from" value={from} onChange={(e) => setFrom(e.target.value)} />
        <Input size="small" type="datetime-local" aria-label="Absent until" data-testid="absence-to" value={to} onChange={(e) => setTo(e.target.value)} />
        <Select size="small" value={reason} onValueChange={(v) => setReason(v as AbsenceReason)}>
          <Select.Trigger data-testid="absence-reason">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            {ABSENCE_REASONS.map((r) => (
              <Select.Item key={r} value={r}>
                {humanize(r)}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
        <Input size="small" placeholder="Note (optional)" aria-label="Absence note" value={note} onChange={(e) => setNote(e.target.value)} />
      </div>
      <FormError message={error} testId="absence-error" />
      <div>
        <Button size="small" variant="secondary" type="button" disabled={!from || !to} isLoading={add.isPending} onClick={onAdd} data-testid="add-absence">
          Add absence
        </Button>
      </div>
    </div>
  )
}
