import {
  createApiKeysWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createShippingProfilesWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import { Modules } from "@medusajs/framework/utils"
import { report, SeedContext, SeedSection } from "./context"

const REGIONS = [
  { name: "Europe", currency_code: "eur", countries: ["de", "at", "nl", "be", "fr", "it", "es", "dk", "se"], tax_rate: 20 },
  { name: "North America", currency_code: "usd", countries: ["us", "ca"], tax_rate: 0 },
]

async function ensureSalesChannel(ctx: SeedContext) {
  const salesChannels = ctx.container.resolve(Modules.SALES_CHANNEL)
  const [store] = await ctx.container.resolve(Modules.STORE).listStores({}, { relations: ["supported_currencies"] })
  let channelId = store?.default_sales_channel_id ?? undefined
  if (!channelId) {
    const [existing] = await salesChannels.listSalesChannels({ name: "Default Sales Channel" })
    channelId = existing?.id
  }
  if (!channelId) {
    const { result } = await createSalesChannelsWorkflow(ctx.container).run({
      input: { salesChannelsData: [{ name: "Default Sales Channel" }] },
    })
    channelId = result[0].id
  }
  ctx.salesChannelId = channelId

  const currencies = (store?.supported_currencies ?? []).map((c) => c.currency_code)
  if (store && (!currencies.includes("eur") || !currencies.includes("usd") || store.default_sales_channel_id !== channelId)) {
    await updateStoresWorkflow(ctx.container).run({
      input: {
        selector: { id: store.id },
        update: {
          name: store.name === "Medusa Store" ? "Service Demo Store" : store.name,
          default_sales_channel_id: channelId,
          supported_currencies: [
            { currency_code: "eur", is_default: true },
            { currency_code: "usd" },
            ...currencies.filter((c) => c !== "eur" && c !== "usd").map((currency_code) => ({ currency_code })),
          ],
        },
      },
    })
    return 1
  }
  return 0
}

async function ensureRegions(ctx: SeedContext) {
  const regionService = ctx.container.resolve(Modules.REGION)
  const taxService = ctx.container.resolve(Modules.TAX)
  let created = 0
  for (const def of REGIONS) {
    let [region] = await regionService.listRegions({ name: def.name })
    if (!region) {
      // A country belongs to one region at most: leave out those another region already has.
      const taken = (await regionService.listCountries({ iso_2: def.countries })) as { iso_2: string; region_id?: string | null }[]
      const free = def.countries.filter((c) => !taken.some((t) => t.iso_2 === c && t.region_id))
      const { result } = await createRegionsWorkflow(ctx.container).run({
        input: {
          regions: [
            { name: def.name, currency_code: def.currency_code, countries: free, payment_providers: ["pp_system_default"] },
          ],
        },
      })
      region = result[0]
      created++
    }
    ctx.regions[def.name] = { id: region.id, currency_code: region.currency_code }

    const existingTax = await taxService.listTaxRegions({ country_code: def.countries })
    const missing = def.countries.filter((c) => !existingTax.some((t) => t.country_code === c && !t.parent_id))
    if (missing.length) {
      await createTaxRegionsWorkflow(ctx.container).run({
        input: missing.map((country_code) => ({
          country_code,
          provider_id: "tp_system",
          default_tax_rate: { name: "Standard", code: "STANDARD", rate: def.tax_rate },
        })),
      })
    }
  }
  return created
}

async function ensurePublishableKey(ctx: SeedContext) {
  const { data: keys } = await ctx.query.graph({
    entity: "api_key",
    fields: ["id", "token", "revoked_at", "sales_channels.id"],
    filters: { type: "publishable" },
  })
  const linked = keys.find((k: any) => !k.revoked_at && k.sales_channels?.some((s: any) => s?.id === ctx.salesChannelId))
  if (linked) {
    return 0
  }
  const { result } = await createApiKeysWorkflow(ctx.container).run({
    input: { api_keys: [{ title: "Service demo storefront", type: "publishable", created_by: "" }] },
  })
  await linkSalesChannelsToApiKeyWorkflow(ctx.container).run({
    input: { id: result[0].id, add: [ctx.salesChannelId!] },
  })
  return 1
}

async function ensureShippingProfile(ctx: SeedContext) {
  const fulfillment = ctx.container.resolve(Modules.FULFILLMENT)
  const [profile] = await fulfillment.listShippingProfiles({ type: "default" })
  if (profile) {
    ctx.shippingProfileId = profile.id
    return 0
  }
  const { result } = await createShippingProfilesWorkflow(ctx.container).run({
    input: { data: [{ name: "Default Shipping Profile", type: "default" }] },
  })
  ctx.shippingProfileId = result[0].id
  return 1
}

/** Store currencies (EUR, USD), the default sales channel, regions with tax, a publishable key. */
export const storeSection: SeedSection = {
  name: "store",
  demo: true,
  run: async (ctx) => {
    const store = await ensureSalesChannel(ctx)
    const regions = await ensureRegions(ctx)
    const key = await ensurePublishableKey(ctx)
    const profile = await ensureShippingProfile(ctx)
    report(ctx, "store (currencies, regions, publishable key, shipping profile)", store + regions + key + profile, 0)
  },
}
