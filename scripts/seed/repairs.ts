import { SERVICE_MANAGEMENT_MODULE } from "../../src/modules/service-management"
import { pickVersionValidOn } from "../../src/modules/service-management/utils/bom-versions"
import {
  addBomComponentsWorkflow,
  approveBomVersionWorkflow,
  createBomVersionWorkflow,
  createBomWorkflow,
  createRepairCodesWorkflow,
  retireBomVersionWorkflow,
} from "../../src/workflows"
import { report, SeedContext, SeedSection } from "./context"

type Code = { kind: string; code: string; label: string; area?: string }

/** Code tables: areas first, then the codes in them (by area code). */
export const DEMO_REPAIR_CODES: Code[] = [
  { kind: "symptom_area", code: "NOISE", label: "Noise and vibration" },
  { kind: "symptom_area", code: "HEAT", label: "Heating and temperature" },
  { kind: "symptom_area", code: "WATER", label: "Water and leaks" },
  { kind: "symptom", code: "RUMBLE", label: "Rumbles during spin", area: "NOISE" },
  { kind: "symptom", code: "RATTLE", label: "Rattles", area: "NOISE" },
  { kind: "symptom", code: "NO_HEAT", label: "Does not heat", area: "HEAT" },
  { kind: "symptom", code: "LEAK", label: "Leaks water", area: "WATER" },
  { kind: "symptom", code: "NO_DRAIN", label: "Does not drain", area: "WATER" },
  { kind: "diagnosis_area", code: "MECH", label: "Mechanical" },
  { kind: "diagnosis_area", code: "ELEC", label: "Electrical" },
  { kind: "diagnosis", code: "BEARING", label: "Worn bearing", area: "MECH" },
  { kind: "diagnosis", code: "SEAL", label: "Failed seal", area: "MECH" },
  { kind: "diagnosis", code: "PUMP", label: "Blocked drain pump", area: "MECH" },
  { kind: "diagnosis", code: "FUSE", label: "Blown fuse", area: "ELEC" },
  { kind: "diagnosis", code: "SENSOR", label: "Faulty sensor", area: "ELEC" },
  { kind: "resolution", code: "REPLACED", label: "Part replaced" },
  { kind: "resolution", code: "ADJUSTED", label: "Adjusted" },
  { kind: "resolution", code: "NO_FAULT", label: "No fault found" },
  { kind: "condition", code: "GOOD", label: "Good" },
  { kind: "condition", code: "WORN", label: "Worn" },
  { kind: "condition", code: "DAMAGED", label: "Damaged" },
]

type Part = { title: string; part_number: string; quantity: number; reference?: string }
type DemoBom = { sku: string; name: string; versions: { from: string; to?: string; retired?: boolean; parts: Part[] }[] }

/** Product-level BOMs (keyed by one of the product's variants): an old retired version and the current one. */
export const DEMO_BOMS: DemoBom[] = [
  {
    sku: "CW-WM-8",
    name: "CleanWave washing machine",
    versions: [
      {
        from: "2018-01-01T00:00:00Z",
        to: "2024-01-01T00:00:00Z",
        retired: true,
        parts: [
          { title: "Drum bearing", part_number: "CW-BRG-6205", quantity: 2, reference: "drum / rear" },
          { title: "Door seal", part_number: "CW-SEAL-01", quantity: 1, reference: "door" },
          { title: "Drain pump", part_number: "CW-PMP-30", quantity: 1, reference: "base" },
        ],
      },
      {
        from: "2024-01-01T00:00:00Z",
        parts: [
          { title: "Drum bearing", part_number: "CW-BRG-6206", quantity: 2, reference: "drum / rear" },
          { title: "Door seal", part_number: "CW-SEAL-02", quantity: 1, reference: "door" },
          { title: "Drain pump", part_number: "CW-PMP-30", quantity: 1, reference: "base" },
          { title: "Inverter board", part_number: "CW-INV-11", quantity: 1, reference: "control" },
        ],
      },
    ],
  },
  {
    sku: "AH-HP-09",
    name: "AeroHeat heat pump",
    versions: [
      {
        from: "2022-01-01T00:00:00Z",
        parts: [
          { title: "Compressor", part_number: "AH-CMP-R32", quantity: 1, reference: "outdoor unit" },
          { title: "Fan motor", part_number: "AH-FAN-450", quantity: 1, reference: "outdoor unit" },
          { title: "Flow sensor", part_number: "AH-SNS-FLOW", quantity: 1, reference: "hydraulics" },
          { title: "Fuse 10 A", part_number: "AH-F10", quantity: 2, reference: "control box" },
        ],
      },
    ],
  },
]

async function seedCodes(ctx: SeedContext, service: any) {
  const existing = await service.listServiceRepairCodes({}, { take: null })
  const id = (kind: string, code: string) => existing.find((c: any) => c.kind === kind && c.code === code)?.id
  let created = 0
  for (const areas of [true, false]) {
    const missing = DEMO_REPAIR_CODES.filter((c) => !c.area === areas && !id(c.kind, c.code))
    if (!missing.length) {
      continue
    }
    const { result } = await createRepairCodesWorkflow(ctx.container).run({
      input: {
        repair_codes: missing.map((c, i) => ({
          kind: c.kind as any,
          code: c.code,
          label: c.label,
          position: (i + 1) * 10,
          parent_id: c.area ? id(`${c.kind}_area`, c.area) : null,
        })),
      },
    })
    existing.push(...result)
    created += missing.length
  }
  report(ctx, "repair codes", created, DEMO_REPAIR_CODES.length - created)
}

async function seedBoms(ctx: SeedContext, service: any) {
  let created = 0
  for (const demo of DEMO_BOMS) {
    const variantId = ctx.variants[demo.sku]
    if (!variantId) {
      continue
    }
    const { data: [variant] } = await ctx.query.graph({ entity: "product_variant", fields: ["id", "product_id"], filters: { id: variantId } })
    const [existing] = await service.listServiceBoms({ product_id: variant.product_id, variant_id: null })
    if (existing) {
      continue
    }
    const { result: bom } = await createBomWorkflow(ctx.container).run({ input: { product_id: variant.product_id, name: demo.name } })
    for (const v of demo.versions) {
      const { result: version } = await createBomVersionWorkflow(ctx.container).run({
        input: { bom_id: bom.id, valid_from: v.from, valid_to: v.to ?? null },
      })
      await addBomComponentsWorkflow(ctx.container).run({
        input: { bom_id: bom.id, version_id: version.id, components: v.parts.map((p, i) => ({ ...p, position: (i + 1) * 10 })) },
      })
      await approveBomVersionWorkflow(ctx.container).run({ input: { bom_id: bom.id, version_id: version.id } })
      if (v.retired) {
        await retireBomVersionWorkflow(ctx.container).run({ input: { bom_id: bom.id, version_id: version.id } })
      }
    }
    created++
  }
  report(ctx, "BOMs", created, DEMO_BOMS.length - created)
}

/**
 * Objects registered before their product had a BOM get the version valid on their install
 * date (recorded in their BOM history like a first pin).
 */
async function pinObjects(ctx: SeedContext, service: any) {
  const ids = Object.values(ctx.objects)
  const objects = ids.length ? await service.listServiceObjects({ id: ids, bom_version_id: null }) : []
  const variantIds = [...new Set(objects.map((o: any) => o.product_variant_id).filter(Boolean))] as string[]
  if (!variantIds.length) {
    return
  }
  const { data: variants } = await ctx.query.graph({ entity: "product_variant", fields: ["id", "product_id"], filters: { id: variantIds } })
  const boms = await service.listServiceBoms({ product_id: variants.map((v: any) => v.product_id) }, { relations: ["versions"] })
  let pinned = 0
  for (const o of objects) {
    const productId = variants.find((v: any) => v.id === o.product_variant_id)?.product_id
    const bom = boms.find((b: any) => b.product_id === productId && !b.variant_id)
    const version = bom && pickVersionValidOn(bom.versions, new Date(o.installed_at ?? o.created_at))
    if (!version) {
      continue
    }
    await service.updateServiceObjects({ id: o.id, bom_version_id: version.id })
    await service.createServiceObjectBomHistories({ service_object_id: o.id, from_bom_version_id: null, to_bom_version_id: version.id, note: "Demo seed" })
    pinned++
  }
  report(ctx, "BOM versions of service objects", pinned, 0)
}

/**
 * Repair management demo data: code tables, BOMs with versions and objects pinned to versions.
 * Runs after the products, service objects and service orders sections; the repairs themselves
 * come later (repair-lines.ts), once the technicians exist.
 */
export async function seedRepairs(ctx: SeedContext) {
  const service = ctx.container.resolve(SERVICE_MANAGEMENT_MODULE) as any
  await seedCodes(ctx, service)
  await seedBoms(ctx, service)
  await pinObjects(ctx, service)
}

export const repairsSection: SeedSection = { name: "repairs", demo: true, run: seedRepairs }
