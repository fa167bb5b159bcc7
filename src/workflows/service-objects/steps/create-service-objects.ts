import { ServiceObjectDTO } from "../../../modules/service-management"
import { defineCreateStep } from "../../common/steps/entity-steps"

export type CreateServiceObjectInput = {
  name: string
  customer_id: string
  product_variant_id?: string | null
  order_id?: string | null
  order_line_item_id?: string | null
  serial_number?: string | null
  warranty_end?: Date | string | null
  installed_at?: Date | string | null
  parent_id?: string | null
  address?: Record<string, unknown> | null
  metadata?: Record<string, unknown> | null
  /** Defaults to the BOM version valid on the install or purchase date. */
  bom_version_id?: string | null
}

export const createServiceObjectsStepId = "create-service-objects"
/** Creates service objects; compensation deletes them. */
export const createServiceObjectsStep = defineCreateStep<CreateServiceObjectInput, ServiceObjectDTO>(
  createServiceObjectsStepId,
  "ServiceObjects"
)
