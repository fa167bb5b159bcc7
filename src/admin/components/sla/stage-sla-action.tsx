import { Select } from "@medusajs/ui"
import { STAGE_SLA_ACTIONS, type StageSlaAction } from "../../../types"
import { Field } from "../field"

const NONE = "__none__"

const LABELS: Record<StageSlaAction, string> = {
  respond: "Respond — moving here records the response",
  resolve: "Resolve — moving here stops the SLA clock",
  pause: "Pause — the clock stands still while in this stage",
  resume: "Resume — moving here restarts a paused clock",
}

/** The SLA event a move into the stage records (`sla_action`). */
export const StageSlaActionSelect = ({
  value,
  onChange,
}: {
  value: StageSlaAction | null
  onChange: (v: StageSlaAction | null) => void
}) => (
  <Field label="SLA action" htmlFor="stage-sla-action" optional hint="What a move into this stage records on the order's SLA log.">
    <Select value={value ?? NONE} onValueChange={(v) => onChange(v === NONE ? null : (v as StageSlaAction))}>
      <Select.Trigger id="stage-sla-action" data-testid="stage-sla-action">
        <Select.Value />
      </Select.Trigger>
      <Select.Content>
        <Select.Item value={NONE}>None</Select.Item>
        {STAGE_SLA_ACTIONS.map((a) => (
          <Select.Item key={a} value={a}>
            {LABELS[a]}
          </Select.Item>
        ))}
      </Select.Content>
    </Select>
  </Field>
)
