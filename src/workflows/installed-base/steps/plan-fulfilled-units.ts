import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SERVICE_MANAGEMENT_MODULE } from "../../../modules/service-management"
import ServiceManagementModuleService from "../../../modules/service-management/service"
import { warrantyFields } from "../../../modules/service-management/utils/warranty"
import { shippingAddressOf } from "../../common/utils/shipping-address"
import { CreateServiceObjectInput } from "../../service-objects/steps/create-service-objects"
import { UpdateServiceObjectInput } from "../../service-objects/steps/update-service-objects"
import { ORDER_WARRANTY_FIELDS, warrantyTermsForVariants } from "../../warranty-terms/steps/warranty-lookup"

type Fulfilment = {
  id: string
  created_at: Date | string
  delivered_at: Date | string | null
  canceled_at: Date | string | null
  items: { line_item_id: string | null; quantity: number | string }[]
}
type FulfilledOrder = {
  id: string
  customer_id: string | null
  created_at: Date | string
  shipping_address: Record<string, unknown> | null
  items: { id: string; variant_id: string | null; title: string; product_title: string | null }[]
  fulfillments: Fulfilment[]
}

export type FulfilledUnitsPlan = { create: CreateServiceObjectInput[]; reuse: UpdateServiceObjectInput[] }

const time = (d: Date | string) => new Date(d).getTime()

/**
 * Where each unit of a line starts counting in this fulfilment: the quantities of the line in the
 * live fulfilments before it (by time, then id), so the same fulfilment always names the same units.
 */
function unitOffsets(fulfilments: Fulfilment[], current: Fulfilment) {
  const before = fulfilments.filter(
    (f) => !f.canceled_at && f.id !== current.id && (time(f.created_at) < time(current.created_at) || (time(f.created_at) === time(current.created_at) && f.id < current.id))
  )
  const offsets = new Map<string, number>()
  for (const item of before.flatMap((f) => f.items)) {
    if (item.line_item_id) {
      offsets.set(item.line_item_id, (offsets.get(item.line_item_id) ?? 0) + Number(item.quantity))
    }
  }
  return offsets
}

export const planFulfilledUnitsStepId = "plan-fulfilled-units"
/**
 * The service objects a fulfilment registers, one per unit (`order_line_item_id` + `unit_index`):
 * units already registered are left alone (a second delivery of the event plans nothing), an
 * object registered for the line before (a service request, a return) is reused for its next
 * unit, the rest are created — with the order's customer and shipping address and the warranty
 * from the product's terms and their start basis. A fixed number of queries whatever the quantity. Reads only.
 */
export const planFulfilledUnitsStep = createStep(
  planFulfilledUnitsStepId,
  async (input: { order_id: string; fulfillment_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "order",
      fields: [
        "id",
        "customer_id",
        ...ORDER_WARRANTY_FIELDS,
        "shipping_address.*",
        "items.id",
        "items.variant_id",
        "items.title",
        "items.product_title",
        "fulfillments.id",
        "fulfillments.items.quantity",
      ],
      filters: { id: input.order_id },
    })
    const order = data[0] as FulfilledOrder | undefined
    const fulfilment = order?.fulfillments?.find((f) => f?.id === input.fulfillment_id)
    const plan: FulfilledUnitsPlan = { create: [], reuse: [] }
    if (!order?.customer_id || !fulfilment || fulfilment.canceled_at) {
      return new StepResponse(plan)
    }
    const lineIds = [...new Set(fulfilment.items.map((i) => i.line_item_id).filter((id): id is string => !!id))]
    const [existing, terms] = await Promise.all([
      container
        .resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
        .listServiceObjects({ order_line_item_id: lineIds }, { select: ["id", "order_line_item_id", "unit_index", "warranty_term_id"], order: { created_at: "ASC" } }),
      warrantyTermsForVariants(container, order.items.filter((i) => lineIds.includes(i.id)).map((i) => i.variant_id)),
    ])
    const offsets = unitOffsets(order.fulfillments, fulfilment)
    const moments = { placed: order.created_at, fulfilled: fulfilment.created_at, delivered: fulfilment.delivered_at }
    const address = shippingAddressOf(order)

    for (const item of fulfilment.items) {
      const line = order.items.find((l) => l.id === item.line_item_id)
      if (!line) {
        continue
      }
      const mine = existing.filter((o) => o.order_line_item_id === line.id)
      const taken = new Set(mine.map((o) => o.unit_index).filter((i) => i !== null))
      const unassigned = mine.filter((o) => o.unit_index === null)
      const warranty = warrantyFields(terms.get(line.variant_id ?? "") ?? null, moments)
      const first = offsets.get(line.id) ?? 0
      for (let unit = first; unit < first + Number(item.quantity); unit++) {
        if (taken.has(unit)) {
          continue
        }
        const placed = { fulfillment_id: fulfilment.id, unit_index: unit }
        const earlier = unassigned.shift()
        if (earlier) {
          // An object registered before keeps the warranty it was given, else gets the term's.
          plan.reuse.push({ id: earlier.id, ...placed, ...(earlier.warranty_term_id ? {} : warranty) })
          continue
        }
        plan.create.push({
          name: line.product_title ?? line.title,
          customer_id: order.customer_id,
          product_variant_id: line.variant_id,
          order_id: order.id,
          order_line_item_id: line.id,
          address,
          ...placed,
          ...warranty,
        })
      }
    }
    return new StepResponse(plan)
  }
)
