import {
  BomComponentDTO,
  BomDTO,
  BomVersionDTO,
  ServiceObjectBomHistoryDTO,
} from "../../../modules/service-management"
import type { BomComponentInput as HttpBomComponentInput, BomInput as HttpBomInput } from "../../../types/http/boms"
import { defineCreateStep, defineEntitySteps } from "../../common/steps/entity-steps"

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

const bomIds = { create: "create-boms", update: "update-boms", delete: "delete-boms" } as const
const bomSteps = defineEntitySteps<BomInput, BomDTO>("ServiceBoms", bomIds)
export const { create: createBomsStepId, update: updateBomsStepId, delete: deleteBomsStepId } = bomIds
/** Deleting BOMs soft-deletes their versions and components too; compensation restores them all. */
export const { create: createBomsStep, update: updateBomsStep, delete: deleteBomsStep } = bomSteps

const versionIds = { create: "create-bom-versions", update: "update-bom-versions", delete: "delete-bom-versions" } as const
const versionSteps = defineEntitySteps<BomVersionRow, BomVersionDTO, { id: string } & Record<string, unknown>>(
  "ServiceBomVersions",
  versionIds
)
export const { create: createBomVersionsStepId, update: updateBomVersionsStepId, delete: deleteBomVersionsStepId } = versionIds
/** Deleting BOM versions soft-deletes their components too; compensation restores them all. */
export const { create: createBomVersionsStep, update: updateBomVersionsStep, delete: deleteBomVersionsStep } = versionSteps

const componentIds = { create: "create-bom-components", update: "update-bom-components", delete: "delete-bom-components" } as const
const componentSteps = defineEntitySteps<BomComponentRow, BomComponentDTO, { id: string } & Partial<BomComponentInput>>(
  "ServiceBomComponents",
  componentIds
)
export const { create: createBomComponentsStepId, update: updateBomComponentsStepId, delete: deleteBomComponentsStepId } = componentIds
export const { create: createBomComponentsStep, update: updateBomComponentsStep, delete: deleteBomComponentsStep } = componentSteps

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
