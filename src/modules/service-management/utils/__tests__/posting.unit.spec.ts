import { assertNotPosted, chooseRegion, inventoryReservations, postingItems } from "../posting"

describe("postingItems", () => {
  const lines = [
    { id: "l1", type: "hour", description: "Labour", quantity: 1.5, unit_price: 80, billable: true },
    { id: "l2", type: "item", description: "Valve", quantity: 2, unit_price: 12.5, product_variant_id: "variant_1" },
    { id: "l3", type: "expense", description: "Goodwill travel", quantity: 1, unit_price: 30, billable: false },
    { id: "l4", type: "fee", description: "Zero quantity", quantity: 0, unit_price: 10 },
    { id: "l5", type: "fee", description: "Call-out", quantity: 1, unit_price: null },
  ]

  it("keeps billable lines with a quantity, at their sales price, tax-exclusive", () => {
    expect(postingItems("sord_1", lines, { withVariants: true })).toEqual([
      expect.objectContaining({ title: "Labour", subtitle: "Labour", quantity: 1.5, unit_price: 80, is_tax_inclusive: false }),
      expect.objectContaining({ title: "Valve", subtitle: "Parts", quantity: 2, unit_price: 12.5, variant_id: "variant_1" }),
      expect.objectContaining({ title: "Call-out", subtitle: "Fee", quantity: 1, unit_price: 0 }),
    ])
  })

  it("names the service order line in each item's metadata and drops variants when stock is not reserved", () => {
    const items = postingItems("sord_1", lines, { withVariants: false })
    expect(items.every((i) => !("variant_id" in i))).toBe(true)
    expect(items[1].metadata).toEqual({ service_order_id: "sord_1", service_order_line_id: "l2", service_order_line_type: "item" })
  })
})

describe("chooseRegion", () => {
  const regions = [
    { id: "reg_us", currency_code: "usd", countries: [{ iso_2: "us" }] },
    { id: "reg_eu", currency_code: "eur", countries: [{ iso_2: "de" }] },
    { id: "reg_nl", currency_code: "eur", countries: [{ iso_2: "nl" }] },
  ]
  it.each([
    ["eur", "nl", "reg_nl"],
    ["EUR", "NL", "reg_nl"],
    ["eur", "fr", "reg_eu"],
    ["eur", null, "reg_eu"],
    ["usd", "nl", "reg_us"],
  ])("currency %s, country %s → %s", (currency, country, expected) => {
    expect(chooseRegion(regions, currency, country).id).toBe(expected)
  })
  it("refuses a currency no region uses", () => {
    expect(() => chooseRegion(regions, "gbp", "gb")).toThrow("No region uses the currency GBP")
  })
})

describe("inventoryReservations", () => {
  const item = (levels: { location_id: string; stocked_quantity: number; reserved_quantity: number }[], manage = true) => ({
    id: "ordli_1",
    quantity: 3,
    variant: {
      manage_inventory: manage,
      allow_backorder: false,
      inventory_items: [{ inventory_item_id: "iitem_1", required_quantity: 2, inventory: { location_levels: levels } }],
    },
  })

  it("reserves at the channel's location with most available stock first", () => {
    const levels = [
      { location_id: "loc_a", stocked_quantity: 10, reserved_quantity: 8 },
      { location_id: "loc_b", stocked_quantity: 10, reserved_quantity: 1 },
      { location_id: "loc_other", stocked_quantity: 100, reserved_quantity: 0 },
    ]
    expect(inventoryReservations([item(levels)], ["loc_a", "loc_b"])).toEqual([
      { id: "ordli_1", inventory_item_id: "iitem_1", required_quantity: 2, allow_backorder: false, quantity: 3, location_ids: ["loc_b", "loc_a"] },
    ])
  })

  it("skips items whose variant does not manage inventory, and custom items", () => {
    expect(inventoryReservations([item([], false), { id: "ordli_2", quantity: 1, variant: null }], ["loc_a"])).toEqual([])
  })

  it("refuses an item not stocked at any location of the sales channel", () => {
    expect(() => inventoryReservations([item([{ location_id: "loc_x", stocked_quantity: 5, reserved_quantity: 0 }])], ["loc_a"])).toThrow(
      "not stocked at any location"
    )
  })
})

describe("assertNotPosted", () => {
  it("lets unposted orders change and refuses posted ones", () => {
    expect(() => assertNotPosted({ number: "SO-1", posted_at: null })).not.toThrow()
    expect(() => assertNotPosted({ number: "SO-1", posted_at: new Date() })).toThrow("SO-1 is posted and read-only")
  })
})
