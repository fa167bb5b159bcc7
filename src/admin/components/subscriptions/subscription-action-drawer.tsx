import { Text } from "@medusajs/ui"
import { z } from "zod"
import type { ServiceSubscription, SubscriptionAction } from "../../../types"
import { toastMoveError, useLatest } from "../../lib/conflicts"
import { isConflict } from "../../lib/dispatch-errors"
import { toastError, toastSuccess } from "../../lib/errors"
import { toDateInput } from "../../lib/format"
import { useSubscriptionAction } from "../../lib/hooks/subscriptions"
import { FormDate } from "../form/form-date"
import { useDrawerForm } from "../form/use-drawer-form"
import { FormDrawer } from "../form-drawer"

const TEXT: Record<SubscriptionAction, { title: string; verb: string; help: string }> = {
  pause: { title: "Pause billing", verb: "Pause", help: "From this day no fee is charged until the subscription is resumed; the current period is charged pro rata up to it." },
  resume: { title: "Resume billing", verb: "Resume", help: "Billing restarts on this day; the rest of its period is charged pro rata." },
  cancel: { title: "Cancel subscription", verb: "Cancel subscription", help: "Billing ends on this day; its period is charged pro rata and fees already invoiced for later days are credited." },
}

const Schema = z.object({ from: z.string({ error: "Choose the day" }).min(1, "Choose the day") })

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
  const form = useDrawerForm(Schema, !!action, { from: toDateInput(new Date().toISOString()) })
  const send = async (act: SubscriptionAction, from: string): Promise<void> => {
    try {
      await mutation.mutateAsync({ action: act, from, from_status: latest.current.status })
      toastSuccess(`${subscription.number}: ${act} from ${from}`)
    } catch (error) {
      // A 409 closes the drawer so the toast's Retry can be clicked; other refusals show on the form.
      if (!isConflict(error)) {
        throw error
      }
      toastMoveError(error, () => void send(act, from).catch(toastError))
    }
  }
  const text = action ? TEXT[action] : TEXT.pause
  return (
    <FormDrawer
      form={form}
      open={!!action}
      onOpenChange={onOpenChange}
      title={`${text.title}: ${subscription.number}`}
      submitLabel={text.verb}
      testId="subscription-action-drawer"
      onSubmit={({ from }) => send(action!, from)}
    >
      <Text size="small" className="text-ui-fg-subtle">
        {text.help}
      </Text>
      <FormDate control={form.control} name="from" label="Effective from" id="subscription-action-from" />
    </FormDrawer>
  )
}
