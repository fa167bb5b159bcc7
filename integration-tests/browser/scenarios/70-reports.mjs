// Reports: every tab of the Reports page opens, the margin tab shows a figure computed here
// from an order created over the API, the CSV download carries the same figure, and the
// customer's widget shows their margin and SLA figures.
import fs from "node:fs"

export default async function reports(ctx) {
  const { page, base, customer, step, expect, api, shot } = ctx
  const title = `Report check ${Date.now()}`

  let order
  await step("reports: API setup (an order with a billable and a non-billable line)", async () => {
    const created = await api("POST", "/admin/service-orders", {
      customer_id: customer.id,
      title,
      currency_code: "usd",
      lines: [
        { type: "hour", description: "Service visit", quantity: 2, unit_price: 50, unit_cost: 30 },
        { type: "item", description: "Goodwill part", quantity: 1, unit_price: 20, unit_cost: 15, billable: false },
      ],
    })
    expect(created.status === 200, `order create failed: ${created.status} ${JSON.stringify(created.json)}`)
    order = created.json.service_order
    // Revenue 100, cost 2 × 30 + 15 = 75, margin 25.
    const row = await api("GET", `/admin/service-reports/order-margin?service_order_id=${order.id}`)
    expect(row.status === 200 && row.json.rows[0]?.margin === 25, `margin report: ${JSON.stringify(row.json)}`)
  })

  await step("Reports page: each tab opens with its chart area and table", async () => {
    await page.goto(`${base}/app/reports`)
    await page.getByTestId("reports-page").waitFor({ timeout: 60_000 })
    for (const path of ["subscription-transactions", "subscription-fee-transactions", "sla-compliance", "field-kpis", "order-margin"]) {
      await page.getByTestId(`report-tab-${path}`).click()
      await page.getByTestId(`report-${path}`).waitFor()
      await page.getByTestId(`report-${path}`).getByText(/rows$/).first().waitFor()
    }
    await shot("reports-order-margin")
  })

  await step("Order margin tab: the order's margin, and the CSV with the same figure", async () => {
    const tab = page.getByTestId("report-order-margin")
    const row = tab.getByTestId("report-table").locator("tr", { hasText: title })
    await row.waitFor()
    await row.getByText("$25.00").first().waitFor()
    const [download] = await Promise.all([page.waitForEvent("download"), tab.getByTestId("report-csv").click()])
    const csv = fs.readFileSync(await download.path(), "utf8")
    expect(csv.startsWith("key,number,label,"), `CSV header: ${csv.slice(0, 80)}`)
    const line = csv.split("\n").find((l) => l.startsWith(order.id))
    expect(!!line && line.includes(",usd,1,2,100.00,75.00,25.00,25"), `CSV row: ${line}`)
  })

  await step("customer page: service figures from the reports", async () => {
    await page.goto(`${base}/app/customers/${customer.id}`)
    const figures = page.getByTestId("customer-report-figures")
    await figures.waitFor({ timeout: 60_000 })
    await figures.getByTestId("customer-margin").getByText(/USD: revenue/).waitFor()
    await figures.getByTestId("customer-sla").waitFor()
    await shot("customer-report-figures")
  })
}
