import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SERVICE_MANAGEMENT_MODULE } from "../../../modules/service-management"
import { REPAIR_LINE_CODE_FIELDS } from "../../../modules/service-management/models/repair-line"
import ServiceManagementModuleService from "../../../modules/service-management/service"
import { assertRepairEditable, planRepairStatusMove } from "../../../modules/service-management/utils/repair-status"
import { RepairLineInput, RepairLineRow, RepairLineUpdateInput } from "./repair-line-steps"
import { RepairCodeKind, RepairLineStatus } from "../../../types/enums"

export type PrepareRepairLineInput = {
  /** The order as the workflow's load step read it (under the order's lock). */
  order: { id: string; number: string; customer_id: string; service_object_id?: string | null }
  /** Set for a change of an existing line. */
  line_id?: string
  line: RepairLineInput & RepairLineUpdateInput
  actor_id?: string | null
}

const CODE_FIELDS: Record<string, RepairCodeKind> = REPAIR_LINE_CODE_FIELDS

/** Code fields whose area field must hold the code's area. */
const AREA_OF: [string, string][] = [
  ["symptom_code_id", "symptom_area_id"],
  ["diagnosis_code_id", "diagnosis_area_id"],
]

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

export const prepareRepairLineStepId = "prepare-repair-line"
/**
 * Checks a new or changed repair line and returns the row to write: the object belongs to the
 * order's customer; each code exists, is of the field's kind, is active and sits in the line's
 * area (an area left out is filled from the code); the BOM component belongs to the version the
 * object is pinned to; the technician exists (and is active when newly named); a status move is
 * one the repair flow allows. Copies the object's BOM version and product onto a new line for
 * statistics, and names the acting user's technician on a new line that names none.
 */
export const prepareRepairLineStep = createStep(
  prepareRepairLineStepId,
  async (input: PrepareRepairLineInput, { container }) => {
    const { order } = input
    const service = container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
    const existing = input.line_id
      ? (await service.listServiceRepairLines({ id: input.line_id, service_order_id: order.id }))[0]
      : undefined
    if (input.line_id && !existing) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Repair line ${input.line_id} was not found on service order ${order.number}`
      )
    }
    if (existing) {
      assertRepairEditable(existing.status as RepairLineStatus)
    }

    const objectId = existing?.service_object_id ?? input.line.service_object_id ?? order.service_object_id
    if (!objectId) {
      throw invalid(`Name the service_object_id: service order ${order.number} has no service object`)
    }
    const [object] = await service.listServiceObjects(
      { id: objectId },
      { select: ["id", "customer_id", "product_variant_id", "bom_version_id"] }
    )
    if (!object) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Service object ${objectId} was not found`)
    }
    if (object.customer_id !== order.customer_id) {
      throw invalid(`Service object ${objectId} does not belong to the customer of service order ${order.number}`)
    }

    const { status, ...given } = input.line as RepairLineUpdateInput & { service_object_id?: string | null }
    const merged: Record<string, unknown> = { ...(existing ?? {}), ...given }
    // A code given without its area takes the code's area.
    const codeIds = Object.keys(CODE_FIELDS)
      .map((f) => merged[f])
      .filter((id): id is string => !!id)
    const codes = codeIds.length ? await service.listServiceRepairCodes({ id: [...new Set(codeIds)] }) : []
    // The areas of the codes, which fill an area left out.
    const areaIds = codes.map((c) => c.parent_id).filter((id): id is string => !!id && !codes.some((c) => c.id === id))
    if (areaIds.length) {
      codes.push(...(await service.listServiceRepairCodes({ id: [...new Set(areaIds)] })))
    }
    const fill: Record<string, string> = {}
    for (const [codeField, areaField] of AREA_OF) {
      const code = codes.find((c) => c.id === merged[codeField])
      if (code && given[codeField] !== undefined && given[areaField] === undefined && code.parent_id) {
        fill[areaField] = code.parent_id
        merged[areaField] = code.parent_id
      }
    }
    for (const [field, kind] of Object.entries(CODE_FIELDS)) {
      const id = merged[field]
      if (!id) {
        continue
      }
      const code = codes.find((c) => c.id === id)
      if (!code) {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, `Repair code ${id} (${field}) was not found`)
      }
      if (code.kind !== kind) {
        throw invalid(`${field} takes a ${kind} code; ${code.code} is a ${code.kind} code`)
      }
      const isNew = given[field] !== undefined && existing?.[field] !== id
      if (isNew && !code.is_active) {
        throw invalid(`Repair code ${code.code} is inactive`)
      }
    }
    for (const [codeField, areaField] of AREA_OF) {
      const code = codes.find((c) => c.id === merged[codeField])
      if (code && merged[areaField] && code.parent_id !== merged[areaField]) {
        throw invalid(`${codeField}: code ${code.code} is not in the chosen ${CODE_FIELDS[areaField]}`)
      }
    }

    if (given.bom_component_id) {
      const [component] = await service.listServiceBomComponents({ id: given.bom_component_id }, { select: ["id", "version_id"] })
      if (!component) {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, `BOM component ${given.bom_component_id} was not found`)
      }
      if (!object.bom_version_id) {
        throw invalid(`Service object ${object.id} is not pinned to a BOM version, so a repair cannot name a BOM component`)
      }
      if (component.version_id !== object.bom_version_id) {
        throw invalid(
          `BOM component ${component.id} is not part of BOM version ${object.bom_version_id}, the version service object ${object.id} is pinned to`
        )
      }
    }

    if (given.technician_id) {
      const [technician] = await service.listServiceTechnicians(
        { id: given.technician_id },
        { select: ["id", "first_name", "last_name", "is_active"] }
      )
      if (!technician) {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, `Technician ${given.technician_id} was not found`)
      }
      if (!technician.is_active && existing?.technician_id !== technician.id) {
        throw invalid(`Technician ${[technician.first_name, technician.last_name].filter(Boolean).join(" ")} is inactive`)
      }
    }

    const stamps =
      existing && status ? planRepairStatusMove(existing.status as RepairLineStatus, status, merged) : {}
    if (existing) {
      const update: Record<string, unknown> = { ...given, ...fill, ...stamps, id: existing.id }
      if (status && status !== existing.status) {
        update.status = status
      }
      return new StepResponse({
        row: update,
        status_change: status && status !== existing.status ? { from: existing.status, to: status } : null,
      })
    }

    let productId: string | null = null
    if (object.product_variant_id) {
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "product_variant",
        fields: ["id", "product_id"],
        filters: { id: object.product_variant_id },
      })
      productId = (data[0]?.product_id as string) ?? null
    }
    // A technician recording a repair without naming anyone recorded it themselves.
    const ownTechnician =
      given.technician_id === undefined && input.actor_id
        ? (await service.listServiceTechnicians({ user_id: input.actor_id, is_active: true }, { select: ["id"] }))[0]?.id
        : undefined
    const row: RepairLineRow = {
      ...(ownTechnician ? { technician_id: ownTechnician } : {}),
      ...given,
      ...fill,
      service_order_id: order.id,
      service_object_id: object.id,
      bom_version_id: (object.bom_version_id as string | null) ?? null,
      product_id: productId,
      created_by: input.actor_id ?? null,
    }
    return new StepResponse({ row: row as Record<string, unknown>, status_change: null })
  }
)

export const validateRepairLineDeletableStepId = "validate-repair-line-deletable"
/** Only open repairs are removed; a diagnosed, repaired or verified one is part of the object's history. */
export const validateRepairLineDeletableStep = createStep(
  validateRepairLineDeletableStepId,
  async (input: { service_order_id: string; line_id: string }, { container }) => {
    const service = container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
    const [line] = await service.listServiceRepairLines(
      { id: input.line_id, service_order_id: input.service_order_id },
      { select: ["id", "status"] }
    )
    if (!line) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Repair line ${input.line_id} was not found on this service order`)
    }
    if (line.status !== "open") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `The repair is ${line.status} and part of the object's history; only open repairs can be removed`
      )
    }
    return new StepResponse(void 0)
  }
)
