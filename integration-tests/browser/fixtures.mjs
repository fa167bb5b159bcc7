// Records the scenarios build over the API before they drive the UI. Each helper takes the
// harness's `api` and `expect` (see `ctx` in admin.browser.mjs).

/** The answer's JSON, failing the step (naming `what`) unless the API answered 200. */
export const okJson = (expect) => (res, what) => {
  expect(res.status === 200, `${what}: ${res.status} ${JSON.stringify(res.json)}`)
  return res.json
}

/** A published product with one variant per value of its "Model" option (skus `<sku>-1`, `<sku>-2`, …). */
export async function createProduct({ api, expect }, { title, sku, values, amount = 799 }) {
  const res = await api("POST", "/admin/products", {
    title,
    status: "published",
    options: [{ title: "Model", values }],
    variants: values.map((value, i) => ({
      title: value,
      sku: `${sku}-${i + 1}`,
      options: { Model: value },
      manage_inventory: false,
      prices: [{ currency_code: "usd", amount }],
    })),
  })
  return okJson(expect)(res, `product ${title}`).product
}

/**
 * What Medusa needs before the plugin can make an order in `currency` (posting, an estimate's draft
 * order): a region in that currency — `region` is created when given, else one is made only if none
 * exists — and the store's default sales channel. Returns the region.
 */
export async function ensureSellingIn({ api, expect }, currency, region = null) {
  const ok = okJson(expect)
  let found = region ? null : ok(await api("GET", `/admin/regions?currency_code=${currency}&limit=1`), "regions").regions[0]
  found ??= ok(await api("POST", "/admin/regions", { name: `Region ${currency.toUpperCase()}`, currency_code: currency, ...region }), "region").region
  const store = ok(await api("GET", "/admin/stores"), "stores").stores[0]
  if (!store.default_sales_channel_id) {
    const channel = ok(await api("POST", "/admin/sales-channels", { name: "Webshop" }), "sales channel").sales_channel
    ok(await api("POST", `/admin/stores/${store.id}`, { default_sales_channel_id: channel.id }), "store")
  }
  return found
}

/**
 * A BOM of `productId` with its versions in order, each with its components (positions 10, 20, …)
 * and approved, then retired where `retire` is set. Returns the BOM and the versions as created.
 */
export async function createApprovedBom({ api, expect }, { productId, name, versions }) {
  const ok = okJson(expect)
  const bom = ok(await api("POST", "/admin/boms", { product_id: productId, name }), "bom").bom
  const created = []
  for (const { valid_from, valid_to = null, components, retire = false } of versions) {
    const path = `/admin/boms/${bom.id}/versions`
    const version = ok(await api("POST", path, { valid_from, valid_to }), "version").bom_version
    ok(
      await api("POST", `${path}/${version.id}/components`, { components: components.map((c, i) => ({ ...c, position: (i + 1) * 10 })) }),
      "components"
    )
    ok(await api("POST", `${path}/${version.id}/approve`, {}), "approve")
    if (retire) {
      ok(await api("POST", `${path}/${version.id}/retire`, {}), "retire")
    }
    created.push(version)
  }
  return { bom, versions: created }
}
