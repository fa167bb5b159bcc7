import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { ProductStatus } from "@medusajs/framework/utils"
import { report, SeedSection } from "./context"

/** A variant; its title is also its option value. Prices in EUR and USD. */
type VariantDef = { title: string; sku: string; eur: number; usd: number }
const variant = (title: string, sku: string, eur: number, usd: number): VariantDef => ({ title, sku, eur, usd })
type ProductDef = {
  handle: string
  title: string
  subtitle: string
  description: string
  option: string
  weight: number
  variants: VariantDef[]
}

/** Products that need installation, inspection and repair during their life. Prices in major units. */
export const DEMO_PRODUCTS: ProductDef[] = [
  {
    handle: "aeroheat-air-to-water-heat-pump",
    title: "AeroHeat air-to-water heat pump",
    subtitle: "Monobloc heat pump for heating and hot water",
    description:
      "Outdoor monobloc unit with R290 refrigerant, weather-compensated control and a 5-year manufacturer warranty when installed by a certified installer.",
    option: "Capacity",
    weight: 98000,
    variants: [
      variant("9 kW", "AH-HP-09", 8490, 9290),
      variant("12 kW", "AH-HP-12", 9990, 10890),
    ],
  },
  {
    handle: "barista-pro-dual-boiler-espresso-machine",
    title: "Barista Pro dual-boiler espresso machine",
    subtitle: "Two group heads for cafés and offices",
    description: "Dual-boiler espresso machine with PID temperature control, rotary pump and plumbed-in water supply.",
    option: "Finish",
    weight: 42000,
    variants: [
      variant("Brushed steel", "BP-ESP-STEEL", 3290, 3590),
      variant("Matte black", "BP-ESP-BLACK", 3390, 3690),
    ],
  },
  {
    handle: "voltaro-trek-e-bike",
    title: "Voltaro Trek e-bike",
    subtitle: "Trekking e-bike with mid-drive motor",
    description: "Aluminium trekking e-bike, 85 Nm mid-drive motor, 625 Wh battery, hydraulic disc brakes.",
    option: "Frame size",
    weight: 26000,
    variants: [
      variant("M (50 cm)", "VT-EB-M", 3499, 3799),
      variant("L (55 cm)", "VT-EB-L", 3499, 3799),
    ],
  },
  {
    handle: "cleanwave-front-loader-washing-machine",
    title: "CleanWave front-loader washing machine",
    subtitle: "Energy class A, inverter motor",
    description: "Front-loading washing machine with inverter motor, steam programme and 1,400 rpm spin.",
    option: "Capacity",
    weight: 71000,
    variants: [
      variant("8 kg", "CW-WM-8", 649, 699),
      variant("10 kg", "CW-WM-10", 749, 799),
    ],
  },
]

/** Service-worthy products with variants and EUR/USD prices, in the default sales channel. */
export const productsSection: SeedSection = {
  name: "products",
  demo: true,
  run: async (ctx) => {
    const { data: existing } = await ctx.query.graph({
      entity: "product",
      fields: ["id", "handle"],
      filters: { handle: DEMO_PRODUCTS.map((p) => p.handle) },
    })
    const missing = DEMO_PRODUCTS.filter((p) => !existing.some((e: any) => e.handle === p.handle))
    if (missing.length) {
      await createProductsWorkflow(ctx.container).run({
        input: {
          products: missing.map((p) => ({
            title: p.title,
            subtitle: p.subtitle,
            handle: p.handle,
            description: p.description,
            status: ProductStatus.PUBLISHED,
            weight: p.weight,
            shipping_profile_id: ctx.shippingProfileId,
            sales_channels: ctx.salesChannelId ? [{ id: ctx.salesChannelId }] : [],
            options: [{ title: p.option, values: p.variants.map((v) => v.title) }],
            variants: p.variants.map((v) => ({
              title: v.title,
              sku: v.sku,
              options: { [p.option]: v.title },
              // Stock is not the point of this demo; orders should not need inventory levels.
              manage_inventory: false,
              prices: [
                { amount: v.eur, currency_code: "eur" },
                { amount: v.usd, currency_code: "usd" },
              ],
            })),
          })),
        },
      })
    }
    const skus = DEMO_PRODUCTS.flatMap((p) => p.variants.map((v) => v.sku))
    const { data: variants } = await ctx.query.graph({ entity: "product_variant", fields: ["id", "sku"], filters: { sku: skus } })
    for (const v of variants) {
      ctx.variants[v.sku] = v.id
    }
    report(ctx, "products", missing.length, DEMO_PRODUCTS.length - missing.length)
  },
}
