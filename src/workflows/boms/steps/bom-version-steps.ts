import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SERVICE_MANAGEMENT_MODULE } from "../../../modules/service-management"
import ServiceManagementModuleService from "../../../modules/service-management/service"
import { assertNoApprovedOverlap, planSupersede, VersionView } from "../../../modules/service-management/utils/bom-versions"
import { BomComponentRow, BomVersionRow } from "./bom-steps"

export type PrepareBomVersionInput = {
  bom_id: string
  valid_from?: Date | string | null
  valid_to?: Date | string | null
  description?: string | null
  metadata?: Record<string, unknown> | null
  /** A version of the same BOM whose components the new draft starts with. */
  copy_from_version_id?: string | null
}

const COMPONENT_FIELDS = ["product_variant_id", "part_number", "title", "quantity", "unit", "position", "reference", "metadata"] as const

/** Throws unless valid_to is after valid_from (the database checks it too). */
export function assertValidity(from: Date | string, to: Date | string | null | undefined) {
  if (to != null && new Date(to).getTime() <= new Date(from).getTime()) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "valid_to must be after valid_from")
  }
}

export const prepareBomVersionStepId = "prepare-bom-version"
/**
 * Numbers a new draft version (one past the highest ever used on the BOM, so numbers are never
 * reused) and, when asked, lists the components to copy from an existing version.
 */
export const prepareBomVersionStep = createStep(
  prepareBomVersionStepId,
  async (input: PrepareBomVersionInput, { container }) => {
    const service = container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
    const [bom] = await service.listServiceBoms({ id: input.bom_id }, { select: ["id"] })
    if (!bom) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `BOM with id: ${input.bom_id} was not found`)
    }
    const versions = await service.listServiceBomVersions({ bom_id: input.bom_id }, { select: ["id", "version"], withDeleted: true })
    let components: Omit<BomComponentRow, "version_id">[] = []
    if (input.copy_from_version_id) {
      const [source] = await service.listServiceBomVersions(
        { id: input.copy_from_version_id, bom_id: input.bom_id },
        { relations: ["components"] }
      )
      if (!source) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `Version ${input.copy_from_version_id} (copy_from_version_id) is not a version of this BOM`
        )
      }
      components = source.components.map(
        (c) => Object.fromEntries(COMPONENT_FIELDS.map((f) => [f, f === "quantity" ? Number(c.quantity) : c[f]])) as Omit<BomComponentRow, "version_id">
      )
    }
    const validFrom = input.valid_from ?? new Date()
    assertValidity(validFrom, input.valid_to)
    const row: BomVersionRow = {
      bom_id: input.bom_id,
      version: Math.max(0, ...versions.map((v) => v.version)) + 1,
      valid_from: validFrom,
      valid_to: input.valid_to ?? null,
      description: input.description ?? null,
      metadata: input.metadata ?? null,
    }
    return new StepResponse({ version: row, components })
  }
)

export const validateBomVersionApprovalStepId = "validate-bom-version-approval"
/**
 * Refuses to approve a version whose validity overlaps another approved version of its BOM
 * (400, naming the version). With `supersede`, the approved versions that began before it end
 * where it begins instead (returned, to be cut before the approval); what still overlaps
 * refuses. The database's exclusion constraint catches what this check cannot see: a concurrent
 * approval.
 */
export const validateBomVersionApprovalStep = createStep(
  validateBomVersionApprovalStepId,
  async (input: { version: VersionView; siblings: VersionView[]; supersede?: boolean }) => {
    const cuts = input.supersede ? planSupersede(input.version, input.siblings) : []
    const after = input.siblings.map((v) => (cuts.some((c) => c.id === v.id) ? { ...v, valid_to: input.version.valid_from } : v))
    assertNoApprovedOverlap(input.version, after)
    return new StepResponse(cuts.map((c) => ({ id: c.id, valid_to: input.version.valid_from })))
  }
)

export const approveBomVersionStepId = "approve-bom-version"
/** Approves a draft version (compare-and-set; Postgres refuses overlaps); compensation makes it a draft again. */
export const approveBomVersionStep = createStep(
  approveBomVersionStepId,
  async (input: { id: string; approved_by?: string | null }, { container }) => {
    const service = container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
    await service.approveBomVersion(input)
    return new StepResponse(input.id, input.id)
  },
  async (id, { container }) => {
    if (id) {
      await container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE).unapproveBomVersion(id)
    }
  }
)

export const validateBomVersionsDeletableStepId = "validate-bom-versions-deletable"
/** Refuses to remove versions that service objects are pinned to or repair lines name components of. */
export const validateBomVersionsDeletableStep = createStep(
  validateBomVersionsDeletableStepId,
  async (versionIds: string[], { container }) => {
    const service = container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
    if (!versionIds.length) {
      return new StepResponse(void 0)
    }
    const [, pinned] = await service.listAndCountServiceObjects({ bom_version_id: versionIds }, { take: 1, select: ["id"] })
    if (pinned) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `${pinned} service object(s) are pinned to this BOM's versions; retire versions instead of deleting them`
      )
    }
    const [, repaired] = await service.listAndCountServiceRepairLines({ bom_version_id: versionIds }, { take: 1, select: ["id"] })
    if (repaired) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `${repaired} repair line(s) were made on this BOM's versions; retire versions instead of deleting them`
      )
    }
    return new StepResponse(void 0)
  }
)
