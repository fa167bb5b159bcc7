import type { ServiceOrder, ServiceStage } from "../../../types"
import { StageTimeline } from "../stage-timeline"
import { Section } from "../section"

/** The order's stage moves, newest first, with their notes and reasons. */
export const ServiceOrderHistorySection = ({ order, stages }: { order: ServiceOrder; stages: ServiceStage[] }) => (
  <Section title="Stage history">
    <StageTimeline transitions={order.stage_transitions ?? []} stages={stages} />
  </Section>
)
