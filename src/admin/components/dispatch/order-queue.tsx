import { useDraggable } from "@dnd-kit/core"
import { Heading, Text } from "@medusajs/ui"
import type { QueueOrder } from "../../lib/dispatch-types"
import { QueueCard } from "./queue-card"

export type QueueDrag = { kind: "queue"; order: QueueOrder }

const DraggableQueueCard = ({ order }: { order: QueueOrder }) => {
  const { setNodeRef, listeners, attributes, isDragging } = useDraggable({
    id: `queue:${order.id}`,
    data: { kind: "queue", order } satisfies QueueDrag,
  })
  return (
    <li
      ref={setNodeRef}
      {...listeners}
      {...attributes}
      className={isDragging ? "cursor-grabbing opacity-40" : "cursor-grab"}
      data-testid="queue-order"
      data-order-number={order.number}
    >
      <QueueCard order={order} />
    </li>
  )
}

/** Unassigned open orders in the API's order (most urgent SLA first); drag one onto a technician. */
export const OrderQueue = ({ queue }: { queue: QueueOrder[] }) => (
  <div className="flex h-full flex-col" data-testid="dispatch-queue">
    <div className="flex items-center justify-between px-4 py-3">
      <Heading level="h2">Unassigned</Heading>
      <Text size="small" className="text-ui-fg-subtle" data-testid="queue-count">
        {queue.length}
      </Text>
    </div>
    {queue.length === 0 ? (
      <Text size="small" className="text-ui-fg-subtle px-4 pb-4" data-testid="queue-empty">
        Every open order is assigned.
      </Text>
    ) : (
      <ul className="flex max-h-[70vh] flex-col gap-y-2 overflow-y-auto px-4 pb-4">
        {queue.map((order) => (
          <DraggableQueueCard key={order.id} order={order} />
        ))}
      </ul>
    )}
  </div>
)
