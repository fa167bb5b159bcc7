// BOMs: Settings › Service › BOMs (create a BOM with the product and variant pickers; search and
// open one), the BOM editor (a new draft version copying the approved one; add, edit and remove
// components; an approval overlapping another approved version is refused with the API's message
// and changes nothing; the validity fixed to start after version 2, the draft approved as its
// successor (version 2 ends where it begins) and locked; the side-by-side diff),
// the product page's BOM widget, and moving a service object to the new version from its page.
//
// The browser run does not load the demo seed, so the setup builds the seed's washing-machine BOM
// (scripts/seed/repairs.ts: a retired version 1 and an approved, open-ended version 2) over the API.
export default async function boms(ctx) {
  const { page, base, customer, step, expect, api, ok, shot, selectOption, typeDay, createProduct, createApprovedBom } = ctx
  let washer
  let dryer
  let bom
  let v2
  let object
  const v1Parts = [
    { title: "Drum bearing", part_number: "CW-BRG-6205", quantity: 2, reference: "drum / rear" },
    { title: "Door seal", part_number: "CW-SEAL-01", quantity: 1, reference: "door" },
    { title: "Drain pump", part_number: "CW-PMP-30", quantity: 1, reference: "base" },
  ]
  const v2Parts = [
    { title: "Drum bearing", part_number: "CW-BRG-6206", quantity: 2, reference: "drum / rear" },
    { title: "Door seal", part_number: "CW-SEAL-02", quantity: 1, reference: "door" },
    { title: "Drain pump", part_number: "CW-PMP-30", quantity: 1, reference: "base" },
    { title: "Inverter board", part_number: "CW-INV-11", quantity: 1, reference: "control" },
  ]

  await step("BOMs: API setup (the seed's washing-machine BOM, an object pinned to version 2, a second product)", async () => {
    washer = await createProduct({ title: "CleanWave WM-8", sku: "CW-WM-8", values: ["8 kg"] })
    dryer = await createProduct({ title: "CleanWave TD-9 dryer", sku: "CW-TD-9", values: ["9 kg", "9 kg heat pump"] })
    ;({
      bom,
      versions: [, v2],
    } = await createApprovedBom({
      productId: washer.id,
      name: "CleanWave washing machine",
      versions: [
        { valid_from: "2018-01-01T00:00:00.000Z", valid_to: "2024-01-01T00:00:00.000Z", components: v1Parts, retire: true },
        { valid_from: "2024-01-01T00:00:00.000Z", components: v2Parts },
      ],
    }))
    object = ok(
      await api("POST", "/admin/service-objects", {
        customer_id: customer.id,
        name: "Washer in the laundry room",
        product_variant_id: washer.variants[0].id,
        serial_number: "CW8-25-000777",
        installed_at: "2025-03-01T00:00:00.000Z",
      }),
      "object"
    ).service_object
    expect(object.bom_version_id === v2.id, `the object was not pinned to version 2: ${object.bom_version_id}`)
  })

  await step("Settings › BOMs: Create BOM with the product picker and a variant", async () => {
    await page.goto(`${base}/app/settings/service?tab=boms`)
    const section = page.getByTestId("boms-section")
    await section.waitFor({ timeout: 60_000 })
    await section.getByTestId("create-bom-button").click()
    const drawer = page.getByTestId("bom-drawer")
    await drawer.waitFor()
    await drawer.locator("#bom-product").fill("TD-9")
    await page.getByRole("option", { name: /CleanWave TD-9 dryer/ }).click()
    await drawer.getByTestId("bom-product-selected").getByText("CleanWave TD-9 dryer").waitFor()
    await selectOption("bom-variant", "9 kg heat pump · CW-TD-9-2")
    await drawer.locator("#bom-name").fill("TD-9 heat pump dryer")
    await drawer.getByRole("button", { name: "Create", exact: true }).click()
    await drawer.waitFor({ state: "detached" })
    // Creating opens the new BOM in the editor.
    await page.getByTestId("bom-name").getByText("TD-9 heat pump dryer").waitFor()
    await page.getByTestId("bom-header").getByText("9 kg heat pump · CW-TD-9-2").waitFor()
    const { boms } = ok(await api("GET", `/admin/boms?product_id=${dryer.id}`), "dryer boms")
    expect(
      boms.length === 1 && boms[0].variant_id === dryer.variants.find((v) => v.title === "9 kg heat pump").id,
      `BOM not stored for the variant: ${JSON.stringify(boms)}`
    )
  })

  await step("Settings › BOMs: search the list and open the washing machine's BOM", async () => {
    await page.goto(`${base}/app/settings/service?tab=boms`)
    const section = page.getByTestId("boms-section")
    await section.waitFor({ timeout: 60_000 })
    await section.getByPlaceholder("Search BOMs by name").fill("washing")
    await section.getByText("TD-9 heat pump dryer").waitFor({ state: "detached" })
    const row = section.getByRole("row").filter({ hasText: "CleanWave washing machine" })
    await row.getByText("CleanWave WM-8").waitFor()
    await row.getByText(/Version 2 · /).waitFor()
    await shot("boms-settings")
    await row.getByText("CleanWave washing machine").click()
    await page.waitForURL(`**/boms/${bom.id}`)
    await page.getByTestId("bom-name").getByText("CleanWave washing machine").waitFor()
    const section2 = page.getByTestId("bom-version-section")
    expect((await section2.getAttribute("data-version")) === "2", "the editor does not open on the current version")
    await section2.getByTestId("bom-version-locked").getByText(/only draft versions change/).waitFor()
    expect(await section2.getByTestId("bom-add-component").isDisabled(), "Add component is enabled on an approved version")
  })

  let v3
  await step("editor: a new draft version copying version 2", async () => {
    await page.getByTestId("bom-new-version").click()
    const drawer = page.getByTestId("bom-version-drawer")
    await drawer.waitFor()
    // Starting before version 2 began: no successor of it, so approving it can only overlap.
    await typeDay(drawer.locator("#bom-version-from"), "2023-07-01")
    await drawer.getByTestId("bom-version-copy").getByText(/Version 2/).waitFor()
    await drawer.locator("#bom-version-description").fill("Dryer heater added, new door seal")
    await drawer.getByRole("button", { name: "Create draft", exact: true }).click()
    await drawer.waitFor({ state: "detached" })
    const section = page.getByTestId("bom-version-section").and(page.locator('[data-version="3"]'))
    await section.waitFor()
    expect((await section.getAttribute("data-status")) === "draft", "the new version is not a draft")
    expect((await section.getByTestId("bom-component-row").count()) === 4, "version 3 did not start with version 2's four parts")
    const { bom_versions } = ok(await api("GET", `/admin/boms/${bom.id}/versions?status=draft`), "versions")
    v3 = bom_versions.find((v) => v.version === 3)
    expect(v3 && v3.valid_from.startsWith("2023-07-01"), `draft not stored: ${JSON.stringify(bom_versions)}`)
  })

  await step("draft: add, edit and remove components", async () => {
    const section = page.getByTestId("bom-version-section")
    await section.getByTestId("bom-add-component").click()
    const drawer = page.getByTestId("bom-component-drawer")
    await drawer.waitFor()
    expect((await drawer.locator("#bom-component-position").inputValue()) === "50", "the next position is not after the last part")
    await drawer.locator("#bom-component-reference").fill("heater")
    await drawer.locator("#bom-component-part-number").fill("CW-HTR-20")
    await drawer.locator("#bom-component-title").fill("Dryer heater")
    await drawer.locator("#bom-component-unit").fill("pcs")
    await drawer.getByRole("button", { name: "Add", exact: true }).click()
    await drawer.waitFor({ state: "detached" })
    await section.locator('[data-part="CW-HTR-20"]').waitFor()

    await section.locator('[data-part="CW-SEAL-02"]').getByTestId("bom-component-actions").click()
    await page.getByRole("menuitem", { name: "Edit" }).click()
    await drawer.waitFor()
    await drawer.locator("#bom-component-title").fill("Door seal, reinforced")
    await drawer.locator("#bom-component-quantity").fill("2")
    await drawer.getByRole("button", { name: "Save", exact: true }).click()
    await drawer.waitFor({ state: "detached" })
    await section.locator('[data-part="CW-SEAL-02"]').getByText("CW-SEAL-02 · Door seal, reinforced").waitFor()

    await section.locator('[data-part="CW-PMP-30"]').getByTestId("bom-component-actions").click()
    await page.getByRole("menuitem", { name: "Remove" }).click()
    await page.getByRole("button", { name: "Remove", exact: true }).click()
    await section.locator('[data-part="CW-PMP-30"]').waitFor({ state: "detached" })
    await shot("bom-draft-components")

    const { bom_version } = ok(await api("GET", `/admin/boms/${bom.id}/versions/${v3.id}`), "v3")
    const parts = bom_version.components
      .map((c) => `${c.position} ${c.part_number} ${c.title} ${Number(c.quantity)}${c.unit ? ` ${c.unit}` : ""}`)
      .sort()
    const expected = [
      "10 CW-BRG-6206 Drum bearing 2",
      "20 CW-SEAL-02 Door seal, reinforced 2",
      "40 CW-INV-11 Inverter board 1",
      "50 CW-HTR-20 Dryer heater 1 pcs",
    ]
    expect(JSON.stringify(parts) === JSON.stringify(expected), `components not stored: ${JSON.stringify(parts)}`)
  })

  await step("approve while overlapping version 2: the API's refusal as a toast, nothing changes", async () => {
    await page.getByTestId("bom-version-approve").click()
    await page.getByText(/Version 3 overlaps approved version 2/).first().waitFor()
    await shot("bom-approve-refused")
    const { bom: stored } = ok(await api("GET", `/admin/boms/${bom.id}`), "bom")
    const byNumber = Object.fromEntries(stored.versions.map((v) => [v.version, v]))
    expect(byNumber[3].status === "draft", `version 3 is ${byNumber[3].status} after a refused approval`)
    expect(
      byNumber[2].status === "approved" && byNumber[2].valid_to === null,
      `version 2 changed: ${JSON.stringify(byNumber[2])}`
    )
    expect((await page.getByTestId("bom-version-section").getAttribute("data-status")) === "draft", "the page shows version 3 as not a draft")
  })

  await step("start it in 2027 and approve it as version 2's successor: version 2 ends then; version 3 is locked", async () => {
    const section = page.getByTestId("bom-version-section")
    await section.getByTestId("bom-version-actions").click()
    await page.getByRole("menuitem", { name: "Edit validity" }).click()
    const drawer = page.getByTestId("bom-version-drawer")
    await drawer.waitFor()
    await typeDay(drawer.locator("#bom-version-from"), "2027-01-01")
    await drawer.getByRole("button", { name: "Save", exact: true }).click()
    await drawer.waitFor({ state: "detached" })
    await section.getByTestId("bom-version-validity").getByText(/2027 → open/).waitFor()
    await page.getByTestId("bom-version-approve").click()
    const confirm = page.getByRole("alertdialog")
    await confirm.getByText(/Version 2 will end on Jan 1, 2027/).waitFor()
    await shot("bom-approve-successor")
    await confirm.getByRole("button", { name: "Approve", exact: true }).click()
    await section.getByTestId("bom-version-status").getByText("Approved").waitFor()
    await section.getByTestId("bom-version-locked").waitFor()
    expect(await section.getByTestId("bom-add-component").isDisabled(), "Add component is enabled on an approved version")
    const { bom_version } = ok(await api("GET", `/admin/boms/${bom.id}/versions/${v3.id}`), "v3")
    expect(bom_version.status === "approved" && bom_version.valid_from.startsWith("2027-01-01"), `v3 not approved: ${JSON.stringify(bom_version)}`)
    const { bom_versions: approved } = ok(await api("GET", `/admin/boms/${bom.id}/versions?status=approved`), "approved versions")
    const v2 = approved.find((v) => v.version === 2)
    expect(v2?.valid_to?.startsWith("2027-01-01"), `version 2 was not ended where version 3 begins: ${JSON.stringify(v2)}`)
    await page.getByTestId("bom-versions-row").and(page.locator('[data-version="3"][data-status="approved"]')).waitFor()
  })

  await step("diff: version 2 → version 3 side by side", async () => {
    const diff = page.getByTestId("bom-diff")
    const summary = diff.getByTestId("bom-diff-summary")
    await summary.waitFor()
    const counts = Object.fromEntries(
      await Promise.all(["added", "removed", "changed", "unchanged"].map(async (k) => [k, await summary.getAttribute(`data-${k}`)]))
    )
    expect(
      JSON.stringify(counts) === JSON.stringify({ added: "1", removed: "1", changed: "1", unchanged: "2" }),
      `diff summary: ${JSON.stringify(counts)}`
    )
    await diff.locator('[data-change="removed"]').filter({ hasText: "CW-PMP-30" }).waitFor()
    await diff.locator('[data-change="added"]').filter({ hasText: "CW-HTR-20" }).waitFor()
    const changed = diff.locator('[data-change="changed"]')
    await changed.getByText("CW-SEAL-02 · Door seal", { exact: true }).waitFor()
    await changed.getByText("CW-SEAL-02 · Door seal, reinforced", { exact: true }).waitFor()
    // The fields that changed are marked on both sides (title and quantity), the rest not.
    expect((await changed.locator("[data-changed-field]").count()) === 4, "changed fields are not highlighted")
    await diff.scrollIntoViewIfNeeded()
    await shot("bom-diff")
  })

  await step("product page: the BOM widget lists the versions and compares them", async () => {
    await page.goto(`${base}/app/products/${washer.id}`)
    const widget = page.getByTestId("product-boms-widget")
    await widget.waitFor({ timeout: 60_000 })
    await widget.getByText("CleanWave washing machine").waitFor()
    const rows = widget.getByTestId("product-bom-versions-row")
    await rows.first().waitFor()
    expect((await rows.count()) === 3, `versions in the widget: ${await rows.count()}`)
    expect((await rows.first().getAttribute("data-status")) === "approved" && (await rows.first().getAttribute("data-version")) === "3", "newest version not first")
    await widget.getByTestId("product-bom-diff-summary").waitFor()
    await widget.scrollIntoViewIfNeeded()
    await shot("product-bom-widget")
    await widget.getByTestId("product-bom-open").click()
    await page.waitForURL(`**/boms/${bom.id}`)
  })

  await step("object page: move the object from version 2 to version 3", async () => {
    await page.goto(`${base}/app/service-objects/${object.id}`)
    const section = page.getByTestId("object-bom-version")
    await section.waitFor({ timeout: 60_000 })
    await section.getByTestId("object-bom-current").locator('[data-version="2"]').waitFor()
    await section.getByTestId("object-bom-move").click()
    const drawer = page.getByTestId("object-bom-move-drawer")
    await drawer.waitFor()
    await drawer.getByTestId("object-bom-target").getByText(/Version 3/).waitFor()
    await drawer.locator("#object-bom-note").fill("Reinforced door seal fitted")
    await drawer.getByRole("button", { name: "Move", exact: true }).click()
    await drawer.waitFor({ state: "detached" })
    await section.getByTestId("object-bom-current").locator('[data-version="3"]').waitFor()
    const entry = section.getByTestId("object-bom-history-entry").first()
    await entry.getByText(/Reinforced door seal fitted/).waitFor()
    expect((await entry.getAttribute("data-to")) === "3", "the newest history entry is not the move to version 3")
    expect(await section.getByTestId("object-bom-move").isDisabled(), "Move stays enabled without a newer approved version")
    await shot("object-bom-version")
    const view = ok(await api("GET", `/admin/service-objects/${object.id}/bom-version`), "bom-version")
    expect(
      view.bom_version?.id === v3.id && view.history.at(-1)?.from_bom_version_id === v2.id && view.history.at(-1)?.note === "Reinforced door seal fitted",
      `move not stored: ${JSON.stringify(view)}`
    )
  })
}
