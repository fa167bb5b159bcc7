import { CreateNotificationDTO, FilterableNotificationProps, INotificationModuleService, NotificationDTO } from "@medusajs/framework/types"

// A bound on one call's size: one idempotency read and one insert of this many rows.
const MAX_BATCH = 100

export type KeyedNotification = CreateNotificationDTO & { idempotency_key: string }

// The module's rows carry their idempotency key and filter on it; its DTO types leave the key out.
type Recorded = NotificationDTO & { idempotency_key?: string | null }

type Waiting = {
  data: KeyedNotification
  settle: Array<{ resolve: (n: NotificationDTO | null) => void; reject: (e: unknown) => void }>
}

/**
 * Hands notifications to Medusa's notification module several per call. A call reads the
 * idempotency keys, looks up the channel's provider and inserts the notifications once for all of
 * them, where one call each repeats all of that (two transactions) per notification. While a call
 * is in flight, the notifications asked for meanwhile wait and go together in the next one, so an
 * idle process sends each at once and a busy one sends in batches. Two asked with the same
 * idempotency key before it is sent are sent once (the key is unique: a second insert would fail
 * the whole call), and both get that notification.
 */
export class NotificationBatch {
  private waiting = new Map<string, Waiting>()
  private sending = false

  constructor(private readonly notifications: INotificationModuleService) {}

  /** The notification created (null when its key was sent before); rejects when it was not sent. */
  send(data: KeyedNotification): Promise<NotificationDTO | null> {
    return new Promise((resolve, reject) => {
      const entry = this.waiting.get(data.idempotency_key) ?? { data, settle: [] }
      entry.settle.push({ resolve, reject })
      this.waiting.set(data.idempotency_key, entry)
      if (!this.sending) {
        void this.drain()
      }
    })
  }

  private async drain() {
    this.sending = true
    // Those asked for in the same turn of the event loop join the first call.
    await new Promise((resolve) => setImmediate(resolve))
    while (this.waiting.size) {
      const batch: Waiting[] = []
      for (const [key, entry] of this.waiting) {
        if (batch.length === MAX_BATCH) {
          break
        }
        batch.push(entry)
        this.waiting.delete(key)
      }
      await this.sendBatch(batch)
    }
    this.sending = false
  }

  private async sendBatch(batch: Waiting[]) {
    const keys = batch.map((e) => e.data.idempotency_key)
    try {
      const answer: Recorded[] = await this.notifications.createNotifications(batch.map((e) => e.data))
      const created = new Map(answer.map((n) => [n.idempotency_key, n]))
      batch.forEach((e) => settle(e, { created: created.get(e.data.idempotency_key) ?? null }))
    } catch (error) {
      // The module sends each on its own and records each one's status before it throws for any:
      // those that went out are answered as sent, the rest with the error.
      const byKeys = { idempotency_key: keys } as FilterableNotificationProps
      const recorded: Recorded[] = await this.notifications.listNotifications(byKeys).catch(() => [])
      const sent = new Map(recorded.filter((n) => n.status === "success").map((n) => [n.idempotency_key, n]))
      batch.forEach((e) => settle(e, sent.has(e.data.idempotency_key) ? { created: sent.get(e.data.idempotency_key)! } : { error }))
    }
  }
}

function settle(entry: Waiting, outcome: { created: NotificationDTO | null } | { error: unknown }) {
  for (const s of entry.settle) {
    if ("error" in outcome) {
      s.reject(outcome.error)
    } else {
      s.resolve(outcome.created)
    }
  }
}

const batches = new WeakMap<INotificationModuleService, NotificationBatch>()

/** The batch of this notification module instance (one per process and container). */
export function notificationBatch(notifications: INotificationModuleService): NotificationBatch {
  let batch = batches.get(notifications)
  if (!batch) {
    batch = new NotificationBatch(notifications)
    batches.set(notifications, batch)
  }
  return batch
}
