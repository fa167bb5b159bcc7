import { STAGE_SLA_ACTIONS, type StageSlaAction } from "../../../types"

const LABELS: Record<StageSlaAction, string> = {
  respond: "Respond — moving here records the response",
  resolve: "Resolve — moving here stops the SLA clock",
  pause: "Pause — the clock stands still while in this stage",
  resume: "Resume — moving here restarts a paused clock",
}

/** The SLA events a move into a stage may record (`sla_action`), as select options. */
export const STAGE_SLA_ACTION_OPTIONS = STAGE_SLA_ACTIONS.map((a) => ({ value: a, label: LABELS[a] }))
