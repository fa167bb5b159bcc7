import {
  BomComponentDTO,
  BomDTO,
  BomVersionDTO,
  ServiceObjectBomHistoryDTO,
} from "../../../modules/service-management"
import type { BomComponentInput as HttpBomComponentInput, BomInput as HttpBomInput } from "../../../types/http/boms"
import { defineCreateStep, defineSoftDeleteStep, defineUpdateStep } from "../../common/steps/entity-steps"

type Metadata = { metadata?: Record<string, unknown> | null }

/** The contract's BOM input with what a new BOM needs made required. */
export type BomInput = HttpBomInput & { product_id: string; name: string } & Metadata

export type BomVersionRow = {
  bom_id: string
  version: number
  valid_from: Date | string
  valid_to?: Date | string | null
  description?: string | null
  metadata?: Record<string, unknown> | null
}

/** The contract's component input with its quantity required. */
export type BomComponentInput = HttpBomComponentInput & { quantity: number } & Metadata

export type BomComponentRow = BomComponentInput & { version_id: string }

export const createBomsStepId = "create-boms"
/** Creates BOMs; compensation deletes them. */
export const createBomsStep = defineCreateStep<BomInput, BomDTO>(createBomsStepId, "ServiceBoms")

export const updateBomsStepId = "update-boms"
/** Updates BOMs; compensation restores the changed fields. */
export const updateBomsStep = defineUpdateStep<{ id: string } & Partial<BomInput>, BomDTO>(updateBomsStepId, "ServiceBoms")

export const deleteBomsStepId = "delete-boms"
/** Soft-deletes BOMs with their versions and components; compensation restores them. */
export const deleteBomsStep = defineSoftDeleteStep(deleteBomsStepId, "ServiceBoms")

export const createBomVersionsStepId = "create-bom-versions"
/** Creates BOM versions; compensation deletes them. */
export const createBomVersionsStep = defineCreateStep<BomVersionRow, BomVersionDTO>(createBomVersionsStepId, "ServiceBomVersions")

export const updateBomVersionsStepId = "update-bom-versions"
/** Updates BOM versions; compensation restores the changed fields. */
export const updateBomVersionsStep = defineUpdateStep<{ id: string } & Record<string, unknown>, BomVersionDTO>(
  updateBomVersionsStepId,
  "ServiceBomVersions"
)

export const deleteBomVersionsStepId = "delete-bom-versions"
/** Soft-deletes BOM versions with their components; compensation restores them. */
export const deleteBomVersionsStep = defineSoftDeleteStep(deleteBomVersionsStepId, "ServiceBomVersions")

export const createBomComponentsStepId = "create-bom-components"
/** Creates BOM components; compensation deletes them. */
export const createBomComponentsStep = defineCreateStep<BomComponentRow, BomComponentDTO>(
  createBomComponentsStepId,
  "ServiceBomComponents"
)

export const updateBomComponentsStepId = "update-bom-components"
/** Updates BOM components; compensation restores the changed fields. */
export const updateBomComponentsStep = defineUpdateStep<{ id: string } & Partial<BomComponentInput>, BomComponentDTO>(
  updateBomComponentsStepId,
  "ServiceBomComponents"
)

export const deleteBomComponentsStepId = "delete-bom-components"
/** Soft-deletes BOM components; compensation restores them. */
export const deleteBomComponentsStep = defineSoftDeleteStep(deleteBomComponentsStepId, "ServiceBomComponents")

export type ServiceObjectBomHistoryRow = {
  service_object_id: string
  from_bom_version_id: string | null
  to_bom_version_id: string
  note?: string | null
  actor_id?: string | null
}

export const createServiceObjectBomHistoryStepId = "create-service-object-bom-history"
/** Records BOM version moves of service objects; compensation deletes the records. */
export const createServiceObjectBomHistoryStep = defineCreateStep<ServiceObjectBomHistoryRow, ServiceObjectBomHistoryDTO>(
  createServiceObjectBomHistoryStepId,
  "ServiceObjectBomHistories"
)
