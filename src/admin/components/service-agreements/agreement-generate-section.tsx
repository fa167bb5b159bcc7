import { Button, Text, Tooltip } from "@medusajs/ui"
import { useState } from "react"
import { useForm } from "react-hook-form"
import type { ServiceAgreement } from "../../../types"
import { toastError, toastSuccess } from "../../lib/errors"
import { useGenerateAgreementOrders } from "../../lib/hooks/service-agreements"
import { dayToIso } from "../../lib/sla-format"
import { FormDate } from "../form/form-date"
import { Section } from "../section"

const DAY_MS = 24 * 60 * 60 * 1000

const refusal = (agreement: ServiceAgreement) => {
  if (agreement.is_template) {
    return "Templates generate nothing."
  }
  return agreement.status !== "active" ? `Only an active agreement generates orders; this one is ${agreement.status}.` : null
}

/** "Generate orders until…": creates the orders of every occurrence due up to the date that has none yet. */
export const AgreementGenerateSection = ({ agreement }: { agreement: ServiceAgreement }) => {
  const form = useForm<{ until: string | null }>({
    defaultValues: { until: new Date(Date.now() + 30 * DAY_MS).toISOString().slice(0, 10) },
  })
  const until = form.watch("until")
  const [result, setResult] = useState<string | null>(null)
  const generate = useGenerateAgreementOrders(agreement.id)
  const reason = refusal(agreement)
  const submit = () => {
    if (!until) {
      return
    }
    setResult(null)
    // The whole chosen day counts.
    const end = new Date(new Date(dayToIso(until)).getTime() + DAY_MS - 1).toISOString()
    generate.mutate(end, {
      onSuccess: ({ count }) => {
        const text =
          count === 0
            ? "No new orders: every occurrence up to that day already has one."
            : `Created ${count} service order${count === 1 ? "" : "s"}.`
        setResult(text)
        toastSuccess(text)
      },
      onError: toastError,
    })
  }
  return (
    <Section
      title="Generate orders"
      description="Creates a service order for each occurrence due up to the date that has none yet; running it again creates nothing twice."
    >
      <div className="flex flex-col gap-y-2 px-6 py-4">
        <div className="flex items-end gap-x-2">
          <FormDate control={form.control} name="until" label="Generate orders until" id="generate-until" />
          {reason ? (
            <Tooltip content={reason}>
              <span>
                <Button size="small" variant="secondary" disabled data-testid="generate-orders-button">
                  Generate until…
                </Button>
              </span>
            </Tooltip>
          ) : (
            <Button size="small" variant="secondary" isLoading={generate.isPending} disabled={!until} onClick={submit} data-testid="generate-orders-button">
              Generate until…
            </Button>
          )}
        </div>
        {result && (
          <Text size="small" data-testid="generate-result">
            {result}
          </Text>
        )}
      </div>
    </Section>
  )
}
