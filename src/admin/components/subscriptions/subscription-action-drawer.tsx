import { Input, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { Field } from "../field"
import { FormDrawer } from "../form-drawer"
import { toastMoveError, useLatest } from "../../lib/conflicts"
import { toastSuccess } from "../../lib/errors"
import { toDateInput } from "../../lib/format"
import { useSubscriptionAction } from "../../lib/hooks/subscriptions"
import type { ServiceSubscription } from "../../lib/subscription-types"

export type SubscriptionAction = "pause" | "resume" | "cancel"

const TEXT: Record<SubscriptionAction, { title: string; verb: string; help: string }> = {
  pause: { title: "Pause billing", verb: "Pause", help: "From this day no fee is charged until the subscription is resumed; the current period is charged pro rata up to it." },
  resume: { title: "Resume billing", verb: "Resume", help: "Billing restarts on this day; the rest of its period is charged pro rata." },
  cancel: { title: "Cancel subscription", verb: "Cancel subscription", help: "Billing ends on this day; its period is charged pro rata and fees already invoiced for later days are credited." },
}

/** Pause, resume or cancel from a chosen day (today by default). */
export const SubscriptionActionDrawer = ({
  subscription,
  action,
  onOpenChange,
}: {
  subscription: ServiceSubscription
  action: SubscriptionAction | null
  onOpenChange: (open: boolean) => void
}) => {
  const mutation = useSubscriptionAction(subscription.id)
  // From the status on the page; a Retry after a 409 moves from the status refetched since.
  const latest = useLatest(subscription)
  const send = (act: SubscriptionAction, day: string) =>
    mutation.mutate(
      { action: act, from: day, from_status: latest.current.status },
      {
        onSuccess: () => {
          toastSuccess(`${subscription.number}: ${act} from ${day}`)
          onOpenChange(false)
        },
        onError: (error) => toastMoveError(error, () => send(act, day)) && onOpenChange(false),
      }
    )
  const [from, setFrom] = useState("")
  useEffect(() => {
    if (action) {
      setFrom(toDateInput(new Date().toISOString()))
    }
  }, [action])
  const text = action ? TEXT[action] : TEXT.pause
  return (
    <FormDrawer
      open={!!action}
      onOpenChange={onOpenChange}
      title={`${text.title}: ${subscription.number}`}
      submitLabel={text.verb}
      isPending={mutation.isPending}
      testId="subscription-action-drawer"
      onSubmit={() => send(action!, from)}
    >
      <Text size="small" className="text-ui-fg-subtle">
        {text.help}
      </Text>
      <Field label="Effective from" htmlFor="subscription-action-from">
        <Input id="subscription-action-from" type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
      </Field>
    </FormDrawer>
  )
}
