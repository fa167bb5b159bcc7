import { SERVICE_MANAGEMENT_MODULE } from "../../src/modules/service-management"
import { addRepairLineWorkflow, updateRepairLineWorkflow } from "../../src/workflows"
import { report, SeedContext, SeedSection } from "./context"

type DemoRepair = {
  /** The object's serial number; the repair goes on its service order. */
  serial: string
  technician: string
  symptom: string
  diagnosis: string
  resolution?: string
  condition: string
  /** Title of a component of the object's BOM version. */
  part?: string
  status: "open" | "diagnosed" | "repaired" | "verified"
  notes: string
}

/**
 * Repairs on orders in several stages: one being diagnosed, one under way, and verified ones on
 * closed orders (the objects' repair histories and the statistics have figures).
 */
const DEMO_REPAIRS: DemoRepair[] = [
  {
    serial: "CW8-24-118204",
    technician: "sam.okafor@example.com",
    symptom: "RUMBLE",
    diagnosis: "BEARING",
    condition: "WORN",
    part: "Drum bearing",
    status: "diagnosed",
    notes: "Rumbling above 1,000 rpm; rear drum bearing has play.",
  },
  {
    serial: "BP-S-24-7781",
    technician: "marta.rossi@example.com",
    symptom: "LEAK",
    diagnosis: "SEAL",
    condition: "WORN",
    status: "diagnosed",
    notes: "Group head gasket hardened; water escapes under pressure.",
  },
  {
    serial: "CW8-19-004411",
    technician: "sam.okafor@example.com",
    symptom: "NO_DRAIN",
    diagnosis: "PUMP",
    resolution: "REPLACED",
    condition: "WORN",
    part: "Drain pump",
    status: "verified",
    notes: "Coin jammed the impeller; pump replaced, test drain OK.",
  },
  {
    serial: "AH12-24-000419",
    technician: "technician@example.com",
    symptom: "NO_HEAT",
    diagnosis: "FUSE",
    resolution: "REPLACED",
    condition: "GOOD",
    part: "Fuse 10 A",
    status: "verified",
    notes: "Control box fuse blown after a storm; replaced, heating resumed.",
  },
]

const FLOW = ["open", "diagnosed", "repaired", "verified"] as const

/**
 * Writes the demo repairs once per order. Open orders get theirs through the same workflows as
 * the admin (codes, component and status stamps checked as usual). Closed orders no longer take
 * repairs, so their past repairs are written as history straight into the module, with what the
 * workflow would have copied (the object's BOM version and product) and stamped on the day the
 * order reached its stage.
 */
async function seedRepairLines(ctx: SeedContext) {
  const service = ctx.container.resolve(SERVICE_MANAGEMENT_MODULE) as any
  const codes = await service.listServiceRepairCodes({}, { take: null, select: ["id", "kind", "code", "parent_id"] })
  const code = (kind: string, c?: string) => codes.find((x: any) => x.kind === kind && x.code === c) ?? null
  const technicians = await service.listServiceTechnicians({}, { take: null, select: ["id", "email"] })
  let created = 0
  let existing = 0
  for (const demo of DEMO_REPAIRS) {
    const objectId = ctx.objects[demo.serial]
    const [order] = objectId
      ? // The object's first order: returns add later ones (a return-channel repair order).
        await service.listServiceOrders({ service_object_id: objectId }, { take: 1, order: { created_at: "ASC" }, relations: ["stage"] })
      : []
    if (!order) {
      continue
    }
    if ((await service.listServiceRepairLines({ service_order_id: order.id }, { take: 1 })).length) {
      existing++
      continue
    }
    const [object] = await service.listServiceObjects({ id: objectId }, { select: ["id", "bom_version_id", "product_variant_id"] })
    const [part] =
      demo.part && object.bom_version_id
        ? await service.listServiceBomComponents({ version_id: object.bom_version_id, title: demo.part }, { select: ["id"] })
        : []
    const symptom = code("symptom", demo.symptom)
    const diagnosis = code("diagnosis", demo.diagnosis)
    const fields = {
      symptom_area_id: symptom?.parent_id ?? null,
      symptom_code_id: symptom?.id ?? null,
      diagnosis_area_id: diagnosis?.parent_id ?? null,
      diagnosis_code_id: diagnosis?.id ?? null,
      resolution_code_id: code("resolution", demo.resolution)?.id ?? null,
      condition_code_id: code("condition", demo.condition)?.id ?? null,
      bom_component_id: part?.id ?? null,
      technician_id: technicians.find((t: any) => t.email === demo.technician)?.id ?? null,
      notes: demo.notes,
    }
    if (!order.stage.is_terminal && order.stage.allow_add_repair_lines) {
      const { result: line } = await addRepairLineWorkflow(ctx.container).run({
        input: { service_order_id: order.id, repair_line: fields },
      })
      for (const status of FLOW.slice(1, FLOW.indexOf(demo.status) + 1)) {
        await updateRepairLineWorkflow(ctx.container).run({ input: { service_order_id: order.id, line_id: line.id, update: { status } } })
      }
    } else {
      const { data: [variant] } = object.product_variant_id
        ? await ctx.query.graph({ entity: "product_variant", fields: ["product_id"], filters: { id: object.product_variant_id } })
        : { data: [] as any[] }
      const reached = FLOW.indexOf(demo.status)
      const at = order.stage_changed_at ?? new Date()
      await service.createServiceRepairLines({
        ...fields,
        service_order_id: order.id,
        service_object_id: object.id,
        bom_version_id: object.bom_version_id ?? null,
        product_id: variant?.product_id ?? null,
        status: demo.status,
        diagnosed_at: reached >= 1 ? at : null,
        repaired_at: reached >= 2 ? at : null,
        verified_at: reached >= 3 ? at : null,
      })
    }
    created++
  }
  report(ctx, "repair lines", created, existing)
}

/** After dispatch: repairs name the demo technicians. */
export const repairLinesSection: SeedSection = { name: "repair lines", demo: true, run: seedRepairLines }
