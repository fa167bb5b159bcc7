import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SERVICE_MANAGEMENT_MODULE } from "../../../modules/service-management"
import ServiceManagementModuleService from "../../../modules/service-management/service"
import { warrantyFields, WarrantyTermRule } from "../../../modules/service-management/utils/warranty"
import { WarrantyEndReason } from "../../../types/enums"
import { UpdateServiceObjectInput } from "../../service-objects/steps/update-service-objects"

const service = (container: { resolve: <T>(key: string) => T }) => container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)

export const planDeliveredWarrantiesStepId = "plan-delivered-warranties"
/**
 * The objects of a delivered fulfilment whose warranty runs from delivery and so had no end
 * yet: their start and end, now that the delivery time is known. Reads only.
 */
export const planDeliveredWarrantiesStep = createStep(planDeliveredWarrantiesStepId, async (input: { fulfillment_id: string }, { container }) => {
  const waiting = await service(container).listServiceObjects(
    { fulfillment_id: input.fulfillment_id, warranty_starts_at: null, warranty_ended_at: null, warranty_term_id: { $ne: null } },
    { select: ["id", "warranty_term_id", "created_at"] }
  )
  if (!waiting.length) {
    return new StepResponse([] as UpdateServiceObjectInput[])
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: fulfilments }, terms] = await Promise.all([
    query.graph({ entity: "fulfillment", fields: ["id", "delivered_at"], filters: { id: input.fulfillment_id } }),
    // A term deleted since still says how the units registered under it are covered.
    service(container).listServiceWarrantyTerms({ id: waiting.map((o) => o.warranty_term_id!) }, { withDeleted: true }),
  ])
  const deliveredAt = fulfilments[0]?.delivered_at as Date | null | undefined
  if (!deliveredAt) {
    return new StepResponse([] as UpdateServiceObjectInput[])
  }
  const updates = waiting.flatMap((o) => {
    const term = terms.find((t) => t.id === o.warranty_term_id) as unknown as WarrantyTermRule | undefined
    if (term?.start_basis !== "delivered") {
      return []
    }
    const { warranty_starts_at, warranty_end } = warrantyFields(term, { placed: o.created_at, delivered: deliveredAt })
    return [{ id: o.id, warranty_starts_at, warranty_end }]
  })
  return new StepResponse(updates as UpdateServiceObjectInput[])
})

export const planEndedWarrantiesStepId = "plan-ended-warranties"
/**
 * The units whose warranty a return or a cancellation ends, kept as history (`warranty_ended_at`,
 * `warranty_end_reason`): every live unit of a cancelled order; for a received return, as many
 * units of each line as were received (the highest unit numbers first, as nothing tells which
 * unit came back). A return for repair (one a service return opened) ends nothing. Reads only.
 */
export const planEndedWarrantiesStep = createStep(
  planEndedWarrantiesStepId,
  async (input: { order_id: string; return_id?: string; reason: WarrantyEndReason }, { container }) => {
    const now = new Date()
    const end = (ids: string[]): UpdateServiceObjectInput[] => ids.map((id) => ({ id, warranty_ended_at: now, warranty_end_reason: input.reason }))
    const live = { order_id: input.order_id, warranty_ended_at: null }
    if (!input.return_id) {
      return new StepResponse(end((await service(container).listServiceObjects(live, { select: ["id"] })).map((o) => o.id)))
    }
    const [repair] = await service(container).listServiceReturns({ return_id: input.return_id }, { select: ["id"] })
    if (repair) {
      return new StepResponse([] as UpdateServiceObjectInput[])
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "return", fields: ["id", "items.item_id", "items.received_quantity"], filters: { id: input.return_id } })
    const items = ((data[0]?.items ?? []) as { item_id: string; received_quantity: number | string }[]).filter((i) => Number(i.received_quantity) > 0)
    if (!items.length) {
      return new StepResponse([] as UpdateServiceObjectInput[])
    }
    const objects = await service(container).listServiceObjects(
      { ...live, order_line_item_id: items.map((i) => i.item_id) },
      { select: ["id", "order_line_item_id", "unit_index"], order: { unit_index: "DESC" } }
    )
    const ids = items.flatMap((i) => objects.filter((o) => o.order_line_item_id === i.item_id).slice(0, Number(i.received_quantity)).map((o) => o.id))
    return new StepResponse(end(ids))
  }
)
