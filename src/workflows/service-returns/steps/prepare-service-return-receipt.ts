import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SERVICE_MANAGEMENT_MODULE } from "../../../modules/service-management"
import ServiceManagementModuleService from "../../../modules/service-management/service"
import { lineMoments, OrderWithFulfillments, warrantyFields } from "../../../modules/service-management/utils/warranty"
import { ORDER_WARRANTY_FIELDS, warrantyTermsForVariants } from "../../warranty-terms/steps/warranty-lookup"
import { CreateServiceObjectInput } from "../../service-objects/steps/create-service-objects"
import { ServiceReturnWithItems } from "./service-return-steps"

/** The order fields a receipt reads: the lines' titles and variants, and the warranty moments. */
type ReceiptOrder = OrderWithFulfillments & {
  id: string
  customer_id: string
  currency_code: string
  items: { id: string; title: string; variant_id: string | null }[]
}

export type ReceiptItem = {
  id: string
  order_line_item_id: string
  quantity: number
  disposition: string
  reason: string | null
  title: string
  service_object_id: string | null
  warranty_end: Date | null
}

/** An item to replace: the order line it claims and the variant sent in its place. */
export type ReplacementItem = { id: string; order_line_item_id: string; quantity: number; variant_id: string | null; title: string }

export const prepareServiceReturnReceiptStepId = "prepare-service-return-receipt"
/**
 * Works out, for the items to repair, which service object each is: the one named, else the
 * customer's object of that order line and serial number, else one to create (warranty from
 * the catalogue's metadata, counted from the order date); and, for the items to replace, the
 * variant each line sold. Reads only.
 */
export const prepareServiceReturnReceiptStep = createStep(
  prepareServiceReturnReceiptStepId,
  async (input: { service_return: ServiceReturnWithItems }, { container }) => {
    const sr = input.service_return
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const service = container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
    const { data: orders } = await query.graph({
      entity: "order",
      fields: ["id", "customer_id", ...ORDER_WARRANTY_FIELDS, "currency_code", "items.id", "items.title", "items.variant_id"],
      filters: { id: sr.order_id },
    })
    const order = orders[0] as ReceiptOrder
    const lineOf = (id: string) => order.items.find((l) => l.id === id)
    const repair = sr.items.filter((i) => i.disposition === "repair_and_return")
    const known = await service.listServiceObjects(
      { customer_id: order.customer_id, order_line_item_id: repair.map((i) => i.order_line_item_id) },
      { select: ["id", "order_line_item_id", "serial_number", "warranty_end"] }
    )
    const terms = await warrantyTermsForVariants(container, repair.map((i) => lineOf(i.order_line_item_id)?.variant_id))
    const named = await service.listServiceObjects({ id: repair.map((i) => i.service_object_id).filter((id): id is string => !!id) }, { select: ["id", "warranty_end"] })

    const items: ReceiptItem[] = []
    const toCreate: CreateServiceObjectInput[] = []
    const createFor: string[] = []
    for (const item of repair) {
      const line = lineOf(item.order_line_item_id)
      const object =
        named.find((o) => o.id === item.service_object_id) ??
        known.find((o) => o.order_line_item_id === item.order_line_item_id && (o.serial_number ?? null) === (item.serial_number ?? null))
      items.push({
        id: item.id,
        order_line_item_id: item.order_line_item_id,
        quantity: Number(item.quantity),
        disposition: item.disposition,
        reason: item.reason ?? null,
        title: line?.title ?? item.order_line_item_id,
        service_object_id: object?.id ?? null,
        warranty_end: (object?.warranty_end as Date | null) ?? null,
      })
      if (!object) {
        createFor.push(item.id)
        toCreate.push({
          name: line?.title ?? "Returned item",
          customer_id: order.customer_id,
          product_variant_id: line?.variant_id ?? null,
          order_id: order.id,
          order_line_item_id: item.order_line_item_id,
          serial_number: item.serial_number ?? null,
          ...warrantyFields(terms.get(line?.variant_id ?? "") ?? null, lineMoments(order, item.order_line_item_id)),
        })
      }
    }
    const replace: ReplacementItem[] = sr.items
      .filter((i) => i.disposition === "replace")
      .map((i) => {
        const line = lineOf(i.order_line_item_id)
        return { id: i.id, order_line_item_id: i.order_line_item_id, quantity: Number(i.quantity), variant_id: line?.variant_id ?? null, title: line?.title ?? "Replacement" }
      })
    return new StepResponse({
      order: { id: order.id, customer_id: order.customer_id, currency_code: order.currency_code },
      items,
      replace,
      to_create: toCreate,
      create_for: createFor,
    })
  }
)
