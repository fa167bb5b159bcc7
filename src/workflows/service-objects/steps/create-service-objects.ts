import { ServiceObjectDTO } from "../../../modules/service-management"
import { WarrantyEndReason } from "../../../types/enums"
import { defineCreateStep } from "../../common/steps/entity-steps"

export type CreateServiceObjectInput = {
  name: string
  customer_id: string
  product_variant_id?: string | null
  order_id?: string | null
  order_line_item_id?: string | null
  serial_number?: string | null
  warranty_end?: Date | string | null
  warranty_term_id?: string | null
  warranty_starts_at?: Date | string | null
  /** Set when a fulfilment registers the object: which fulfilment, which unit of the line. */
  fulfillment_id?: string | null
  unit_index?: number | null
  warranty_ended_at?: Date | string | null
  warranty_end_reason?: WarrantyEndReason | null
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
