import { createHook, createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  beginReceiveReturnWorkflow,
  confirmReturnReceiveWorkflow,
  emitEventStep,
  releaseLockStep,
  receiveItemReturnRequestWorkflow,
} from "@medusajs/medusa/core-flows"
import { ServiceManagementEvents } from "../events"
import { lockServiceReturn } from "./steps/lock-service-return"
import { createServiceObjectsWorkflow } from "../service-objects/create-service-objects"
import { createServiceOrderWorkflow } from "../service-orders/create-service-order"
import { ServiceReturnMoveWorkflowInput } from "./approve-service-return"
import { prepareServiceReturnReceiptStep, ReceiptItem } from "./steps/prepare-service-return-receipt"
import { restoreMedusaReturnOnFailureStep } from "./steps/restore-medusa-return"
import { settleServiceReturnDispositionsStep } from "./steps/settle-service-return-dispositions"
import { createReplacementClaimWorkflow } from "./create-replacement-claim"
import { loadServiceReturnForMoveStep, markServiceReturnItemsStep, moveServiceReturnStatusStep, startServiceReturnRepairStep } from "./steps/service-return-steps"
import { clip, INPUT_LIMITS } from "../../modules/service-management/utils/input-limits"
import { ensureExistsStep } from "../common/steps/ensure-exists"

export const receiveServiceReturnWorkflowId = "receive-service-return"
/**
 * Confirms receipt of an approved service return in Medusa (core receive workflows: stock and
 * the order's return are Medusa's). Items to repair become service objects if they are not yet,
 * are flagged under warranty when the object's warranty ends after the request date, and go
 * into ONE service order in the `return` channel with a repair line each (non-billable under
 * warranty); the return then is `in_repair`. Replacement items go out as ONE Medusa claim
 * (type replace) on the original order; credit items are refunded through Medusa; scrapped
 * items just close. Hooks: `validate`, `serviceReturnReceived`.
 * Events: `service_return.received`, `service_return.status_changed`.
 */
export const receiveServiceReturnWorkflow = createWorkflow(receiveServiceReturnWorkflowId, (input: ServiceReturnMoveWorkflowInput) => {
  ensureExistsStep({ entity: "service_return", label: "Service return", id: input.id })
  const lockKey = lockServiceReturn(input)
  const current = loadServiceReturnForMoveStep(transform({ input }, ({ input }) => ({ id: input.id, action: "receive" as const, from_status: input.from_status })))
  const validate = createHook("validate", { input, service_return: current })
  const receipt = prepareServiceReturnReceiptStep(transform({ current }, ({ current }) => ({ service_return: current })))

  // Medusa's receive (the next three) is undone by Medusa's compensations and then by this step's.
  restoreMedusaReturnOnFailureStep(transform({ current }, ({ current }) => ({ return_id: current.return_id as string })))
  beginReceiveReturnWorkflow.runAsStep({
    input: transform({ current, input }, ({ current, input }) => ({
      return_id: current.return_id as string,
      created_by: input.actor?.id ?? undefined,
      description: `Service return ${current.number} received`,
    })),
  })
  receiveItemReturnRequestWorkflow.runAsStep({
    input: transform({ current }, ({ current }) => ({
      return_id: current.return_id as string,
      items: current.items.map((i) => ({ id: i.order_line_item_id, quantity: Number(i.quantity) })),
    })),
  })
  confirmReturnReceiveWorkflow.runAsStep({
    input: transform({ current, input }, ({ current, input }) => ({ return_id: current.return_id as string, confirmed_by: input.actor?.id ?? undefined })),
  })

  // The claim comes right after Medusa's receive, with no conditional step between: Medusa 2.21
  // starts undoing a step as soon as its direct successor is undone or was skipped, so a skipped
  // `when` between them would let the receive's order change be undone before (and beside) the
  // claim's, both on the same order.
  const claimId = when("receipt-replaces", { receipt }, ({ receipt }) => receipt.replace.length > 0).then(() =>
    createReplacementClaimWorkflow.runAsStep({
      input: transform({ receipt, current, input }, ({ receipt, current, input }) => ({
        order_id: current.order_id,
        service_return_id: current.id,
        service_return_number: current.number,
        items: receipt.replace,
        created_by: input.actor?.id ?? undefined,
      })),
    })
  )
  const createdObjects = when("receipt-creates-objects", { receipt }, ({ receipt }) => receipt.to_create.length > 0).then(() =>
    createServiceObjectsWorkflow.runAsStep({
      input: transform({ receipt }, ({ receipt }) => ({ service_objects: receipt.to_create })),
    })
  )
  // Items to repair with their objects and warranty flag, in the order of the return's items.
  const repairItems = transform({ receipt, createdObjects, current }, ({ receipt, createdObjects, current }) => {
    const created = createdObjects ?? []
    const requestedAt = new Date(current.requested_at)
    return receipt.items.map((item: ReceiptItem) => {
      const index = receipt.create_for.indexOf(item.id)
      const object = index >= 0 ? created[index] : null
      const warrantyEnd = object ? object.warranty_end : item.warranty_end
      return {
        ...item,
        service_object_id: object?.id ?? item.service_object_id,
        under_warranty: !!warrantyEnd && new Date(warrantyEnd) > requestedAt,
      }
    })
  })
  markServiceReturnItemsStep(
    transform({ repairItems }, ({ repairItems }) =>
      repairItems.map((i) => ({ id: i.id, service_object_id: i.service_object_id, under_warranty: i.under_warranty }))
    )
  )

  const serviceOrder = when("receipt-has-repairs", { repairItems }, ({ repairItems }) => repairItems.length > 0).then(() =>
    createServiceOrderWorkflow.runAsStep({
      input: transform({ repairItems, receipt, current, input }, ({ repairItems, receipt, current, input }) => ({
        customer_id: receipt.order.customer_id,
        service_object_id: repairItems[0].service_object_id,
        channel: "return" as const,
        title: `Repair of return ${current.number}`,
        description: current.reason ?? null,
        currency_code: receipt.order.currency_code,
        metadata: { service_return_id: current.id, order_id: current.order_id },
        actor: input.actor,
        lines: repairItems.map((i) => ({
          type: "fee" as const,
          description: clip(`Repair: ${i.title}${i.reason ? ` (${i.reason})` : ""}${i.under_warranty ? " [warranty]" : ""}`, INPUT_LIMITS.lineText),
          quantity: i.quantity,
          unit_price: 0,
          billable: !i.under_warranty,
          metadata: { service_return_item_id: i.id, service_object_id: i.service_object_id, under_warranty: i.under_warranty },
        })),
      })),
    })
  )

  const settled = settleServiceReturnDispositionsStep(transform({ current, input }, ({ current, input }) => ({ service_return: current, actor: input.actor })))

  const received = moveServiceReturnStatusStep(
    transform({ input, serviceOrder, claimId, settled }, ({ input, serviceOrder, claimId, settled }) => ({
      id: input.id,
      action: "receive" as const,
      actor: input.actor,
      note: input.note,
      set: { service_order_id: serviceOrder?.id ?? null, ...(claimId ? { replacement_claim_id: claimId } : {}), ...settled },
    }))
  )
  when("repair-starts", { serviceOrder }, ({ serviceOrder }) => !!serviceOrder).then(() => {
    startServiceReturnRepairStep(
      transform({ input }, ({ input }) => ({ id: input.id, action: "start_repair" as const, actor: input.actor, note: "Repair service order created" }))
    )
  })

  const result = transform({ input, serviceOrder, repairItems, claimId, settled }, ({ input, serviceOrder, repairItems, claimId, settled }) => ({
    id: input.id,
    service_order_id: serviceOrder?.id ?? null,
    warranty_item_ids: repairItems.filter((i) => i.under_warranty).map((i) => i.id),
    ...(claimId ? { replacement_claim_id: claimId } : {}),
    ...settled,
  }))
  const serviceReturnReceived = createHook("serviceReturnReceived", { result, additional_data: input.additional_data })
  emitEventStep({ eventName: ServiceManagementEvents.SERVICE_RETURN_STATUS_CHANGED, data: received }).config({ name: "emit-service-return-status-changed" })
  emitEventStep({ eventName: ServiceManagementEvents.SERVICE_RETURN_RECEIVED, data: result })
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(result, { hooks: [validate, serviceReturnReceived] })
})
