import { Select, Text, Textarea } from "@medusajs/ui"
import { useEffect, useMemo, useState } from "react"
import { toastMoveError, useLatest } from "../lib/conflicts"
import { toastSuccess } from "../lib/errors"
import { useTransitionServiceOrder } from "../lib/hooks/service-orders"
import type { ServiceOrder, ServiceStage } from "../../types"
import { StageBadge } from "./badges"
import { Field } from "./field"
import { FormDrawer } from "./form-drawer"

/** The stages the current stage's rules allow next, in position order. */
export const allowedNextStages = (order: ServiceOrder, stages: ServiceStage[]): ServiceStage[] => {
  const codes = order.stage?.next_stage_codes ?? []
  return stages.filter((s) => codes.includes(s.code) && s.is_active !== false).sort((a, b) => a.position - b.position)
}

/**
 * Moves a service order to one of the stages its current stage allows. Asks for a reason
 * when the target stage requires one, and takes an optional note for the history.
 */
export const MoveStageDrawer = ({
  open,
  onOpenChange,
  order,
  stages,
  initialTarget,
}: {
  open: boolean
  onOpenChange: (open: boolean) => void
  order: ServiceOrder
  stages: ServiceStage[]
  initialTarget?: string | null
}) => {
  const options = useMemo(() => allowedNextStages(order, stages), [order, stages])
  const [target, setTarget] = useState<string>("")
  const [reason, setReason] = useState<string>("")
  const [note, setNote] = useState("")

  useEffect(() => {
    if (open) {
      setTarget(initialTarget ?? "")
      setReason("")
      setNote("")
    }
  }, [open, initialTarget])

  const targetStage = options.find((s) => s.code === target)
  const reasons = (targetStage?.reasons ?? []).filter((r) => r.is_active)
  const needsReason = !!targetStage?.requires_reason
  const transition = useTransitionServiceOrder(order.id)
  // From the stage on the page; a Retry after a 409 moves from the stage refetched since.
  const latest = useLatest(order)

  const send = (to: ServiceStage, body: { reason_code?: string; note?: string }) =>
    transition.mutate(
      { to_stage: to.code, from_stage_code: latest.current.stage.code, ...body },
      {
        onSuccess: () => {
          toastSuccess(`${order.number} moved to ${to.name}`)
          onOpenChange(false)
        },
        onError: (error) => toastMoveError(error, () => send(to, body)) && onOpenChange(false),
      }
    )

  const submit = () => {
    if (targetStage) {
      send(targetStage, { reason_code: reason || undefined, note: note.trim() || undefined })
    }
  }

  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      title="Move stage"
      description={`${order.number} is in stage ${order.stage?.name}. Only the stages its rules allow next are offered.`}
      onSubmit={submit}
      isPending={transition.isPending}
      submitLabel="Move"
      submitDisabled={!targetStage || (needsReason && !reason)}
      testId="move-stage-drawer"
    >
      <div className="flex items-center gap-x-2">
        <Text size="small" className="text-ui-fg-subtle">
          Current stage
        </Text>
        <StageBadge stage={order.stage} />
      </div>
      <Field label="Move to" htmlFor="move-target">
        <Select
          value={target}
          onValueChange={(v) => {
            setTarget(v)
            setReason("")
          }}
        >
          <Select.Trigger id="move-target" data-testid="move-target">
            <Select.Value placeholder="Choose the next stage" />
          </Select.Trigger>
          <Select.Content>
            {options.map((s) => (
              <Select.Item key={s.code} value={s.code}>
                {s.name}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </Field>
      {needsReason && (
        <Field
          label="Reason"
          htmlFor="move-reason"
          hint={reasons.length ? undefined : `Stage "${targetStage?.name}" requires a reason but has no active reasons. Add some in Settings › Service.`}
        >
          <Select value={reason} onValueChange={setReason}>
            <Select.Trigger id="move-reason" data-testid="move-reason">
              <Select.Value placeholder="Choose a reason" />
            </Select.Trigger>
            <Select.Content>
              {reasons.map((r) => (
                <Select.Item key={r.code} value={r.code}>
                  {r.label}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </Field>
      )}
      <Field label="Note" htmlFor="move-note" optional hint="Saved in the order's stage history.">
        <Textarea id="move-note" rows={3} value={note} onChange={(e) => setNote(e.target.value)} />
      </Field>
    </FormDrawer>
  )
}
