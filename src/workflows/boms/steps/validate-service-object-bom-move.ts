import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SERVICE_MANAGEMENT_MODULE } from "../../../modules/service-management"
import ServiceManagementModuleService from "../../../modules/service-management/service"
import { bomsForVariants } from "./bom-lookup"
import { findOneOrNotFound } from "../../common/utils/load-record"

export type ServiceObjectBomMoveInput = { service_object_id: string; bom_version_id: string }

export const validateServiceObjectBomMoveStepId = "validate-service-object-bom-move"
/**
 * Checks that an object may move to a BOM version: an approved version of the BOM of the
 * object's variant or product, newer than the one it has. Returns the version it leaves.
 */
export const validateServiceObjectBomMoveStep = createStep(
  validateServiceObjectBomMoveStepId,
  async (input: ServiceObjectBomMoveInput, { container }) => {
    const service = container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
    const object = await findOneOrNotFound(
      service.listServiceObjects(
        { id: input.service_object_id },
        { select: ["id", "product_variant_id", "bom_version_id"] }
      ),
      "Service object",
      input.service_object_id
    )
    if (!object.product_variant_id) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `The service object has no product variant, so no BOM applies`)
    }
    const applicable = (await bomsForVariants(container, [object.product_variant_id])).get(object.product_variant_id)
    const target = applicable?.versions.find((v) => v.id === input.bom_version_id)
    if (!target) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `BOM version ${input.bom_version_id} is not a version of the BOM of this object's product`
      )
    }
    if (target.status !== "approved") {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `An object moves only to an approved version; version ${target.version} is ${target.status}`)
    }
    const current = applicable!.versions.find((v) => v.id === object.bom_version_id)
    if (current && target.version <= current.version) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `An object moves only to a newer version: it has version ${current.version}, version ${target.version} is not newer`
      )
    }
    return new StepResponse({ from_bom_version_id: (object.bom_version_id as string | null) ?? null })
  }
)
