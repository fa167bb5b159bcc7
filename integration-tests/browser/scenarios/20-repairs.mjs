// Repairs: codes created in Settings › Service › Repair codes (an area, then a code within it);
// on a service order a repair is recorded with dependent pickers (a symptom code is offered only
// within the chosen area), the BOM component picker offers the parts of the object's pinned
// version; status moves one step at a time (the move needing a code is offered disabled), the
// stage rule locks the section; the object page shows the repair history, the product page the
// repair statistics; a code in use is not deleted.
export default async function repairs(ctx) {
  const { page, base, customer, step, expect, api, ok, shot, selectOption, optionsOf, moveStage, createProduct, createApprovedBom } = ctx

  // Opens a row's "…" menu and finds an item; with `click`, clicks it. A menu still closing (its
  // exit animation) would offer its stale items, so it is awaited gone first; a re-render after
  // the previous change (refetch, toast) can close a menu just opened, so each try is retried.
  const menu = async (row, name, { click = false } = {}) => {
    for (let attempt = 1; ; attempt++) {
      await page.getByRole("menu").waitFor({ state: "detached" })
      await row.getByTestId("repair-actions").click()
      const item = page.getByRole("menuitem", { name })
      try {
        if (click) {
          await item.click({ timeout: 3_000 })
        } else {
          await item.waitFor({ timeout: 3_000 })
        }
        return item
      } catch (e) {
        if (attempt === 3) {
          throw e
        }
        await page.keyboard.press("Escape")
      }
    }
  }

  let order
  let object
  let productId
  const codes = {}
  await step("repairs: API setup (a product with an approved BOM version, an object pinned to it, an order)", async () => {
    const product = await createProduct({ title: "CleanWave W-7", sku: "CW-W7", values: ["W-7"], amount: 899 })
    productId = product.id
    const {
      versions: [version],
    } = await createApprovedBom({
      productId: product.id,
      name: "CleanWave W-7",
      versions: [
        {
          valid_from: "2020-01-01T00:00:00.000Z",
          components: [
            { title: "Drum bearing", part_number: "CW-BRG-6205", quantity: 2, reference: "drum / rear" },
            { title: "Door seal", part_number: "CW-SEAL-01", quantity: 1, reference: "door" },
          ],
        },
      ],
    })
    object = ok(
      await api("POST", "/admin/service-objects", {
        customer_id: customer.id,
        name: "Washer in the basement",
        product_variant_id: product.variants[0].id,
        serial_number: "CW7-0001",
        installed_at: "2024-03-01T00:00:00.000Z",
      }),
      "object"
    ).service_object
    expect(object.bom_version_id === version.id, `the object was not pinned to the version valid on its install date: ${object.bom_version_id}`)
    order = ok(
      await api("POST", "/admin/service-orders", { customer_id: customer.id, service_object_id: object.id, title: "Loud spin cycle" }),
      "order"
    ).service_order
    // The tables the UI does not create in this scenario.
    for (const [key, body] of Object.entries({
      heat: { kind: "symptom_area", code: "HEAT", label: "Heating" },
      mech: { kind: "diagnosis_area", code: "MECH", label: "Mechanical" },
      replaced: { kind: "resolution", code: "REPLACED", label: "Part replaced" },
      worn: { kind: "condition", code: "WORN", label: "Worn" },
    })) {
      codes[key] = ok(await api("POST", "/admin/repair-codes", body), `code ${body.code}`).repair_code
    }
    codes.noHeat = ok(await api("POST", "/admin/repair-codes", { kind: "symptom", code: "NO_HEAT", label: "Does not heat", parent_id: codes.heat.id }), "NO_HEAT").repair_code
    codes.bearing = ok(await api("POST", "/admin/repair-codes", { kind: "diagnosis", code: "BEARING", label: "Worn bearing", parent_id: codes.mech.id }), "BEARING").repair_code
  })

  await step("Settings › Repair codes: create an area, then a symptom code within it", async () => {
    await page.goto(`${base}/app/settings/service?tab=repair-codes`)
    const section = page.getByTestId("repair-code-section")
    await section.waitFor({ timeout: 60_000 })
    await section.getByTestId("create-repair-code-button").click()
    const drawer = page.getByTestId("repair-code-drawer")
    await drawer.waitFor()
    await drawer.locator("#repair-code-code").fill("NOISE")
    await drawer.locator("#repair-code-label").fill("Noise and vibration")
    await drawer.getByRole("button", { name: "Create", exact: true }).click()
    await drawer.waitFor({ state: "detached" })
    await section.getByText("Noise and vibration").waitFor()

    await selectOption("repair-code-kind-filter", "Symptoms")
    await section.getByText("Does not heat").waitFor()
    await section.getByTestId("create-repair-code-button").click()
    await drawer.waitFor()
    const areas = await optionsOf("repair-code-area")
    expect(areas.includes("NOISE · Noise and vibration") && areas.includes("HEAT · Heating"), `areas offered: ${areas.join(", ")}`)
    await selectOption("repair-code-area", "NOISE · Noise and vibration")
    await drawer.locator("#repair-code-code").fill("RUMBLE")
    await drawer.locator("#repair-code-label").fill("Rumbles during spin")
    await drawer.getByRole("button", { name: "Create", exact: true }).click()
    await drawer.waitFor({ state: "detached" })
    await section.getByText("Rumbles during spin").waitFor()
    await shot("repair-codes-settings")
    const list = ok(await api("GET", "/admin/repair-codes?kind=symptom&code=RUMBLE&fields=id,parent_id,parent_id"), "list")
    const noise = ok(await api("GET", "/admin/repair-codes?kind=symptom_area&code=NOISE"), "noise").repair_codes[0]
    expect(list.repair_codes.length === 1 && list.repair_codes[0].parent_id === noise?.id, `RUMBLE not stored in NOISE: ${JSON.stringify(list)}`)
    codes.rumble = list.repair_codes[0]
  })

  await step("service order: record a repair with area → code pickers and the object's BOM component", async () => {
    await page.goto(`${base}/app/service-orders/${order.id}`)
    const section = page.getByTestId("repairs-section")
    await section.waitFor({ timeout: 60_000 })
    await section.getByText("No repairs recorded yet.").waitFor()
    await section.getByTestId("add-repair-button").click()
    const drawer = page.getByTestId("repair-line-drawer")
    await drawer.waitFor()
    await drawer.getByTestId("repair-object").getByText("Washer in the basement · CW7-0001").waitFor()
    expect(await drawer.getByTestId("repair-symptom-code").isDisabled(), "the symptom code is offered before an area is chosen")
    await selectOption("repair-symptom-area", "NOISE · Noise and vibration")
    const symptoms = await optionsOf("repair-symptom-code")
    expect(
      symptoms.includes("RUMBLE · Rumbles during spin") && !symptoms.includes("NO_HEAT · Does not heat"),
      `symptom codes offered in NOISE: ${symptoms.join(", ")}`
    )
    await selectOption("repair-symptom-code", "RUMBLE · Rumbles during spin")
    await selectOption("repair-diagnosis-area", "MECH · Mechanical")
    await selectOption("repair-diagnosis-code", "BEARING · Worn bearing")
    await selectOption("repair-condition", "WORN · Worn")
    const parts = await optionsOf("repair-component")
    expect(
      parts.includes("drum / rear — CW-BRG-6205 · Drum bearing") && parts.includes("door — CW-SEAL-01 · Door seal"),
      `components offered: ${parts.join(", ")}`
    )
    await selectOption("repair-component", "drum / rear — CW-BRG-6205 · Drum bearing")
    await drawer.locator("#repair-notes").fill("Rear bearing rough by hand")
    await shot("repair-line-drawer")
    await drawer.getByRole("button", { name: "Record", exact: true }).click()
    await drawer.waitFor({ state: "detached" })
    const row = section.getByTestId("repair-row")
    await row.getByText("RUMBLE · Rumbles during spin").waitFor()
    await row.getByText("drum / rear — CW-BRG-6205 · Drum bearing").waitFor()
    const stored = ok(await api("GET", `/admin/service-orders/${order.id}/repair-lines`), "repair lines").repair_lines
    expect(stored.length === 1, `expected one repair line, got ${stored.length}`)
    const [line] = stored
    expect(
      line.symptom_area_id === codes.rumble.parent_id &&
        line.symptom_code_id === codes.rumble.id &&
        line.diagnosis_code_id === codes.bearing.id &&
        line.condition_code_id === codes.worn.id &&
        line.bom_component?.part_number === "CW-BRG-6205" &&
        line.status === "open",
      `stored line: ${JSON.stringify(line)}`
    )
  })

  await step("status moves: diagnosed; repaired is offered only once a resolution is chosen", async () => {
    const row = page.getByTestId("repairs-section").getByTestId("repair-row")
    await menu(row, "Mark diagnosed", { click: true })
    await row.locator('[data-repair-status="diagnosed"]').waitFor()
    const repaired = await menu(row, "Mark repaired")
    expect((await repaired.getAttribute("data-disabled")) !== null, "Mark repaired is offered without a resolution code")
    await page.keyboard.press("Escape")

    await menu(row, "Edit", { click: true })
    const drawer = page.getByTestId("repair-line-drawer")
    await drawer.waitFor()
    await selectOption("repair-resolution", "REPLACED · Part replaced")
    await drawer.getByRole("button", { name: "Save", exact: true }).click()
    await drawer.waitFor({ state: "detached" })
    await row.getByText("REPLACED · Part replaced").waitFor()
    await menu(row, "Mark repaired", { click: true })
    await row.locator('[data-repair-status="repaired"]').waitFor()
    const [line] = ok(await api("GET", `/admin/service-orders/${order.id}/repair-lines`), "repair lines").repair_lines
    expect(line.status === "repaired" && line.diagnosed_at && line.repaired_at, `status not stored: ${JSON.stringify(line)}`)
    await shot("repairs-section")
  })

  await step("stage rule: once completed, repairs are locked", async () => {
    await moveStage("In progress")
    await moveStage("Completed")
    const section = page.getByTestId("repairs-section")
    await section.getByTestId("repairs-locked").getByText(/do not allow repair lines/).waitFor()
    expect(await section.getByTestId("add-repair-button").isDisabled(), "Record repair stays enabled in a stage without repair lines")
  })

  await step("object page: the repair history shows the repair with its order", async () => {
    await page.goto(`${base}/app/service-objects/${object.id}`)
    const history = page.getByTestId("object-repair-history")
    await history.waitFor({ timeout: 60_000 })
    const entry = history.getByTestId("repair-timeline-entry")
    await entry.getByText(order.number).waitFor()
    await entry.getByText("BEARING · Worn bearing").waitFor()
    expect((await entry.getAttribute("data-status")) === "repaired", "the history does not show the repaired status")
    await shot("object-repair-history")
  })

  await step("product page: the repair statistics rank the recorded symptom, diagnosis and component", async () => {
    await page.goto(`${base}/app/products/${productId}`)
    const widget = page.getByTestId("product-repair-statistics")
    await widget.waitFor({ timeout: 60_000 })
    await widget.getByTestId("product-repair-total").getByText("1 recorded").waitFor()
    await widget.getByTestId("repair-stat-symptoms").getByText("RUMBLE · Rumbles during spin").waitFor()
    await widget.getByTestId("repair-stat-diagnoses").getByText("BEARING · Worn bearing").waitFor()
    await widget.getByTestId("repair-stat-components").getByText(/CW-BRG-6205 · Drum bearing \(v1\)/).waitFor()
    await shot("product-repair-statistics")
  })

  await step("Settings › Repair codes: a code in use is refused deletion and stays", async () => {
    await page.goto(`${base}/app/settings/service?tab=repair-codes`)
    const section = page.getByTestId("repair-code-section")
    await section.waitFor({ timeout: 60_000 })
    await selectOption("repair-code-kind-filter", "Symptoms")
    const row = section.getByRole("row").filter({ hasText: "Rumbles during spin" })
    await row.getByTestId("repair-code-actions").click()
    await page.getByRole("menuitem", { name: "Delete" }).click()
    await page.getByRole("button", { name: "Delete", exact: true }).click()
    await page.getByText(/used on 1 repair line/).first().waitFor()
    const still = ok(await api("GET", `/admin/repair-codes/${codes.rumble.id}`), "code")
    expect(still.repair_code?.id === codes.rumble.id, "a code in use was deleted")
  })
}
