import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse, WorkflowData } from "@medusajs/framework/workflows-sdk"
import { SERVICE_MANAGEMENT_MODULE } from "../../../modules/service-management"
import ServiceManagementModuleService from "../../../modules/service-management/service"
import { assertValidity } from "./bom-version-steps"
import { BomVersionStatus } from "../../../types/enums"
import { lockRecord } from "../../common/steps/lock-record"
import { findOneOrNotFound } from "../../common/utils/load-record"

export type LoadBomVersionInput = {
  bom_id: string
  version_id: string
  /** The status the change needs the version to be in (e.g. only drafts are edited). */
  status?: BomVersionStatus
  /** Component ids the change touches; each must belong to the version. */
  component_ids?: string[]
  /** A change of validity, checked against the stored dates it keeps. */
  validity?: { valid_from?: Date | string; valid_to?: Date | string | null }
  /** A change of the (single) component in `component_ids`, checked to still name a part. */
  component_update?: { product_variant_id?: string | null; title?: string | null; part_number?: string | null }
}

const NEEDS: Record<BomVersionStatus, string> = {
  draft: "only draft versions can be changed",
  approved: "only approved versions can be retired",
  retired: "the version must be retired",
}

export const loadBomVersionStepId = "load-bom-version"
/** Loads a version of a BOM with its siblings and components, and refuses a change its status forbids. */
export const loadBomVersionStep = createStep(loadBomVersionStepId, async (input: LoadBomVersionInput, { container }) => {
  const service = container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
  const bom = await findOneOrNotFound(
    service.listServiceBoms({ id: input.bom_id }, { relations: ["versions"] }),
    "BOM",
    input.bom_id
  )
  const [version] = await service.listServiceBomVersions({ id: input.version_id, bom_id: input.bom_id }, { relations: ["components"] })
  if (!version) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `BOM version with id: ${input.version_id} was not found`)
  }
  if (input.status && version.status !== input.status) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `BOM version ${version.version} is ${version.status}: ${NEEDS[input.status]}`
    )
  }
  const own = new Set(version.components.map((c) => c.id))
  const foreign = (input.component_ids ?? []).filter((id) => !own.has(id))
  if (foreign.length) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `BOM component ${foreign.join(", ")} was not found on version ${version.version}`
    )
  }
  if (input.validity) {
    assertValidity(
      input.validity.valid_from ?? version.valid_from,
      input.validity.valid_to !== undefined ? input.validity.valid_to : version.valid_to
    )
  }
  if (input.component_update) {
    const current = version.components.find((c) => c.id === input.component_ids?.[0])
    const merged = { ...current, ...input.component_update }
    if (!merged.product_variant_id && !merged.title && !merged.part_number) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "A component names a product variant, a title or a part number")
    }
  }
  return new StepResponse({ bom, version, siblings: bom.versions.filter((v) => v.id !== version.id) })
})

/**
 * In a workflow: takes the BOM's lock (so edits, approvals and new versions of one BOM queue)
 * and loads the version with `loadBomVersionStep`. Returns the lock key to release and the
 * loaded version.
 */
export function lockBomVersion(input: WorkflowData<LoadBomVersionInput>) {
  const lockKey = lockRecord(input, "bom", (i) => i.bom_id)
  const loaded = loadBomVersionStep(input)
  return { lockKey, loaded }
}
