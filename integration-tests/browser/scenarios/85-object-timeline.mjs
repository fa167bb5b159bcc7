// Asset timeline: a service object with a service order (an internal note), a technician's visit
// and stage moves up to closed, then its page's Timeline section: newest first, the visit with the
// technician's full name, the order's opening with its internal note and a link to the order,
// the completion with its amounts; following the link opens the service order.
export default async function objectTimeline(ctx) {
  const { page, base, customer, step, expect, api, ok, shot } = ctx
  let object
  let order
  const section = () => page.getByTestId("object-timeline")
  const entry = (kind) => section().locator(`[data-testid="object-timeline-entry"][data-kind="${kind}"]`)

  await step("timeline: API setup (an object, a service order on it with a visit, moved to closed)", async () => {
    object = ok(await api("POST", "/admin/service-objects", { name: "Timeline heat pump", customer_id: customer.id, serial_number: `TL-${Date.now()}` }), "object").service_object
    const technician = ok(
      await api("POST", "/admin/technicians", { first_name: "Tilda", last_name: "Timewell", timezone: "UTC", working_hours: { 1: [{ start: "08:00", end: "17:00" }] } }),
      "technician"
    ).technician
    order = ok(
      await api("POST", "/admin/service-orders", {
        customer_id: customer.id,
        service_object_id: object.id,
        title: "Fan rattles",
        internal_note: "Gate code 4711",
        currency_code: "usd",
        lines: [{ type: "hour", description: "Labour", quantity: 1, unit_price: 90, unit_cost: 45 }],
      }),
      "service order"
    ).service_order
    ok(await api("POST", `/admin/service-orders/${order.id}/assignments`, { technician_id: technician.id, starts_at: "2026-11-02T09:00:00.000Z", ends_at: "2026-11-02T10:00:00.000Z" }), "assignment")
    for (const to_stage of ["scheduled", "in_progress", "completed", "closed"]) {
      ok(await api("POST", `/admin/service-orders/${order.id}/transition`, { to_stage }), `move to ${to_stage}`)
    }
  })

  await step("object page: the Timeline section tells the object's history, newest first, with staff details", async () => {
    await page.goto(`${base}/app/service-objects/${object.id}`)
    await section().waitFor({ timeout: 60_000 })
    await entry("visit").getByText("Tilda Timewell").waitFor()
    await entry("service_order_created").getByText("Gate code 4711").waitFor()
    await entry("service_order_completed").getByText(/Revenue .*90.* · Cost .*45/).waitFor()
    const kinds = await section().locator('[data-testid="object-timeline-entry"]').evaluateAll((els) => els.map((e) => e.getAttribute("data-kind")))
    const { timeline_entries, count } = ok(await api("GET", `/admin/service-objects/${object.id}/timeline`), "timeline")
    expect(kinds.join() === timeline_entries.map((e) => e.kind).join(), `page shows ${kinds.join()}, API ${timeline_entries.map((e) => e.kind).join()}`)
    await section().getByTestId("object-timeline-count").getByText(`${count} entries`).waitFor()
    await shot("object-timeline")
  })

  await step("object page: an entry's link opens its service order", async () => {
    await entry("service_order_created").getByRole("link", { name: order.number }).click()
    await page.waitForURL(`**/service-orders/${order.id}`)
  })
}
