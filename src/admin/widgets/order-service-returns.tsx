import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Button, Input, Select, Text, Textarea } from "@medusajs/ui"
import { useState } from "react"
import { onlyWith } from "../components/can"
import { ReturnSummaryRow } from "../components/service-return-parts"
import { toastError, toastSuccess } from "../lib/errors"
import { useCreateServiceReturn, useServiceReturns } from "../lib/hooks/returns"
import type { ServiceReturnDisposition } from "../../types"
import { DISPOSITION_LABELS } from "../lib/return-format"
import { Section } from "../components/section"

type Pick = { quantity: number; disposition: ServiceReturnDisposition; serial_number: string; reason: string }

/** Order details: "Return for repair" — pick items, a disposition and a reason; lists the order's service returns. */
const OrderServiceReturnsWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const { data } = useServiceReturns({ order_id: order.id, limit: 50, fields: "+items.*" })
  const create = useCreateServiceReturn()
  const [open, setOpen] = useState(false)
  const [reason, setReason] = useState("")
  const [picks, setPicks] = useState<Record<string, Pick>>({})
  const items = order.items ?? []
  const set = (id: string, patch: Partial<Pick>) =>
    setPicks((p) => ({ ...p, [id]: { quantity: 0, disposition: "repair_and_return", serial_number: "", reason: "", ...(p[id] as Partial<Pick> | undefined), ...patch } }))
  const chosen = Object.entries(picks).filter(([, p]) => p.quantity > 0)

  const submit = () =>
    create.mutate(
      {
        order_id: order.id,
        reason: reason || undefined,
        items: chosen.map(([id, p]) => ({
          order_line_item_id: id,
          quantity: p.quantity,
          disposition: p.disposition,
          serial_number: p.serial_number || undefined,
          reason: p.reason || undefined,
        })),
      },
      {
        onSuccess: ({ service_return }) => {
          toastSuccess(`Service return ${service_return.number} requested`)
          setOpen(false)
          setPicks({})
          setReason("")
        },
        onError: toastError,
      }
    )

  return (
    <Section
      testId="order-service-returns-widget"
      title="Returns for repair"
      description="Take items back for repair, replacement, credit or scrapping."
      actions={
        <Button size="small" variant="secondary" onClick={() => setOpen(!open)} data-testid="return-for-repair">
          {open ? "Cancel" : "Return for repair"}
        </Button>
      }
    >
      {open ? (
        <div className="flex flex-col gap-y-3 px-6 py-4" data-testid="return-form">
          {items.map((item) => {
            const p = picks[item.id]
            return (
              <div key={item.id} className="grid grid-cols-[1fr_80px_170px] items-center gap-2" data-testid="return-item">
                <Text size="small">{item.product_title ?? item.title}</Text>
                <Input
                  type="number"
                  min={0}
                  max={Number(item.quantity)}
                  value={p?.quantity ?? 0}
                  data-testid="return-item-quantity"
                  onChange={(e) => set(item.id, { quantity: Math.max(0, Number(e.target.value) || 0) })}
                />
                <Select value={p?.disposition ?? "repair_and_return"} onValueChange={(v) => set(item.id, { disposition: v as ServiceReturnDisposition })}>
                  <Select.Trigger data-testid="return-item-disposition">
                    <Select.Value />
                  </Select.Trigger>
                  <Select.Content>
                    {Object.entries(DISPOSITION_LABELS).map(([value, label]) => (
                      <Select.Item key={value} value={value}>
                        {label}
                      </Select.Item>
                    ))}
                  </Select.Content>
                </Select>
                {p?.quantity ? (
                  <>
                    <Input placeholder="Serial number" value={p.serial_number} data-testid="return-item-serial" onChange={(e) => set(item.id, { serial_number: e.target.value })} />
                    <Input className="col-span-2" placeholder="Reason for this item" value={p.reason} onChange={(e) => set(item.id, { reason: e.target.value })} />
                  </>
                ) : null}
              </div>
            )
          })}
          <Textarea placeholder="Reason for the return" value={reason} data-testid="return-reason" onChange={(e) => setReason(e.target.value)} />
          <div className="flex justify-end">
            <Button size="small" disabled={!chosen.length} isLoading={create.isPending} onClick={submit} data-testid="return-submit">
              Create return
            </Button>
          </div>
        </div>
      ) : null}
      {(data?.service_returns ?? []).map((r) => (
        <ReturnSummaryRow key={r.id} serviceReturn={r} />
      ))}
    </Section>
  )
}

export const config = defineWidgetConfig({
  zone: "order.details",
  id: "service-management:order-service-returns",
})

export default onlyWith(OrderServiceReturnsWidget, "service_returns.read")
