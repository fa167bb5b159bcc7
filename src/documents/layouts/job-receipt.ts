import { MathBN } from "@medusajs/framework/utils"
import { Content, documentDefinition, documentHeader, facts, heading, LayoutInput, objectFacts, partiesBlock, repairBlocks, table } from "./parts"

const right = (text: string): Content => ({ text, alignment: "right" })

/**
 * What the customer keeps: the work done with its prices, the repairs in words, and the total of
 * the billable lines in the order's currency. A line that is not billable says why: covered by the
 * object's warranty (still running when the order was opened) or at no charge.
 */
export function jobReceiptLayout(input: LayoutInput) {
  const { data, t, f } = input
  const { order } = data
  const warrantyEnd = data.service_object?.warranty_end
  const underWarranty = !!warrantyEnd && new Date(warrantyEnd) >= new Date(order.created_at)
  let total = MathBN.convert(0)
  const lines = data.lines.map((line): Content[] => {
    const described = [t.line_type[line.type], line.task, line.description].filter(Boolean).join(" · ")
    const head: Content[] = [described, f.date(line.work_date), right(f.number(line.quantity))]
    if (!line.billable) {
      return [...head, { text: underWarranty ? t.covered_by_warranty : t.no_charge, colSpan: 2, alignment: "right" }, ""]
    }
    const amount = MathBN.mult(line.quantity, line.unit_price ?? 0)
    total = MathBN.add(total, amount)
    return [...head, right(f.money(line.unit_price ?? 0, order.currency_code)), right(f.money(amount.toNumber(), order.currency_code))]
  })
  if (lines.length) {
    lines.push([{ text: t.total, bold: true, colSpan: 4 }, "", "", "", { ...(right(f.money(total.toNumber(), order.currency_code)) as object), bold: true }])
  }
  const content: Content[] = [
    ...documentHeader(input, t.job_receipt),
    partiesBlock(input),
    ...facts([
      [t.title, order.title],
      [t.description, order.description],
      [t.created, f.dateTime(order.created_at)],
      [t.resolved, f.dateTime(order.resolved_at)],
      [t.closed, f.dateTime(order.closed_at)],
    ]),
    ...objectFacts(input),
    heading(t.work_done),
    table(["*", "auto", "auto", "auto", "auto"], [t.description, t.date, t.quantity, t.unit_price, t.amount], lines, t.none),
    heading(t.repairs),
    ...(data.repairs.length ? repairBlocks(input, data.repairs, false) : [{ text: t.none, color: "#555555" }]),
  ]
  return documentDefinition(input, t.job_receipt, content)
}
