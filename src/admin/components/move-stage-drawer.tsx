import { Text, Textarea } from "@medusajs/ui"
import { useMemo } from "react"
import { z } from "zod"
import type { ServiceOrder, ServiceStage } from "../../types"
import { toastMoveError, useLatest } from "../lib/conflicts"
import { isConflict } from "../lib/dispatch-errors"
import { toastSuccess } from "../lib/errors"
import { useTransitionServiceOrder } from "../lib/hooks/service-orders"
import { StageBadge } from "./badges"
import { FormField } from "./form/form-field"
import { FormSelect } from "./form/form-select"
import { optionalText } from "./form/schema"
import { useDrawerForm } from "./form/use-drawer-form"
import { FormDrawer, type DrawerProps } from "./form-drawer"

const MoveStageSchema = z.object({
  to_stage: z.string().min(1, "Choose the next stage"),
  reason_code: z.string().transform((v) => v || undefined),
  note: optionalText().transform((v) => v ?? undefined),
})
type Move = z.output<typeof MoveStageSchema>

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
}: DrawerProps<{
  order: ServiceOrder
  stages: ServiceStage[]
  initialTarget?: string | null
}>) => {
  const options = useMemo(() => allowedNextStages(order, stages), [order, stages])
  const form = useDrawerForm(MoveStageSchema, open, { to_stage: initialTarget ?? "", reason_code: "", note: "" })
  const [target, reason] = form.watch(["to_stage", "reason_code"])

  const targetStage = options.find((s) => s.code === target)
  const reasons = (targetStage?.reasons ?? []).filter((r) => r.is_active)
  const needsReason = !!targetStage?.requires_reason
  const transition = useTransitionServiceOrder(order.id)
  // From the stage on the page; a Retry after a 409 moves from the stage refetched since.
  const latest = useLatest(order)

  const send = async (move: Move) => {
    await transition.mutateAsync({ ...move, from_stage_code: latest.current.stage.code })
    toastSuccess(`${order.number} moved to ${options.find((s) => s.code === move.to_stage)?.name ?? move.to_stage}`)
  }
  // A conflict (409) closes the drawer so that its toast's Retry can be clicked; a retry's own refusal is a toast too.
  const retry = (move: Move) => () => void send(move).catch((error) => toastMoveError(error, retry(move)))

  return (
    <FormDrawer
      form={form}
      open={open}
      onOpenChange={onOpenChange}
      title="Move stage"
      description={`${order.number} is in stage ${order.stage?.name}. Only the stages its rules allow next are offered.`}
      onSubmit={async (move) => {
        try {
          await send(move)
        } catch (error) {
          if (!isConflict(error)) {
            throw error
          }
          toastMoveError(error, retry(move))
        }
      }}
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
      <FormSelect
        control={form.control}
        name="to_stage"
        label="Move to"
        id="move-target"
        testId="move-target"
        placeholder="Choose the next stage"
        options={options.map((s) => ({ value: s.code, label: s.name }))}
        // Each stage has its own reasons.
        onPick={() => form.setValue("reason_code", "")}
      />
      {needsReason && (
        <FormSelect
          control={form.control}
          name="reason_code"
          label="Reason"
          id="move-reason"
          testId="move-reason"
          placeholder="Choose a reason"
          options={reasons.map((r) => ({ value: r.code, label: r.label }))}
          hint={reasons.length ? undefined : `Stage "${targetStage?.name}" requires a reason but has no active reasons. Add some in Settings › Service.`}
        />
      )}
      <FormField
        control={form.control}
        name="note"
        label="Note"
        id="move-note"
        optional
        hint="Saved in the order's stage history."
        render={({ value, ...field }, invalid) => <Textarea {...field} {...invalid} rows={3} value={value ?? ""} />}
      />
    </FormDrawer>
  )
}
