import { Container, Heading } from "@medusajs/ui"
import type { ServiceOrder, ServiceStage } from "../../../types"
import { StageTimeline } from "../stage-timeline"

/** The order's stage moves, newest first, with their notes and reasons. */
export const ServiceOrderHistorySection = ({ order, stages }: { order: ServiceOrder; stages: ServiceStage[] }) => (
  <Container className="divide-y p-0">
    <div className="flex items-center justify-between px-6 py-4">
      <Heading level="h2">Stage history</Heading>
    </div>
    <StageTimeline transitions={order.stage_transitions ?? []} stages={stages} />
  </Container>
)
