import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { MedusaContainer } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { checkReferences } from "../../common/utils/references"
import { CreateServiceObjectInput } from "./create-service-objects"

type ObjectRefs = Partial<CreateServiceObjectInput> & { id?: string }

/** 400 when `parentId` is the object itself or one of its descendants: a parent may not close a loop. */
async function assertNoParentCycle(container: MedusaContainer, id: string, parentId: string) {
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  // The parent's ancestors (bounded, should older data hold a loop already).
  const { rows } = await pg.raw(
    `WITH RECURSIVE up(id, parent_id, depth) AS (
       SELECT id, parent_id, 0 FROM service_object WHERE id = ? AND deleted_at IS NULL
       UNION ALL
       SELECT o.id, o.parent_id, up.depth + 1 FROM service_object o JOIN up ON o.id = up.parent_id
       WHERE o.deleted_at IS NULL AND up.depth < 100
     ) SELECT 1 FROM up WHERE id = ? LIMIT 1`,
    [parentId, id]
  )
  if (rows.length) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `parent_id: service object ${parentId} is this object or one of its descendants; a parent may not make a cycle`
    )
  }
}

const unique = (values: (string | null | undefined)[]) => [...new Set(values.filter((v): v is string => !!v))]

export const validateServiceObjectRefsStepId = "validate-service-object-refs"
/**
 * Checks that the customers, variants, orders and parent a service object names exist, that an
 * order line really was bought by that customer, and that the parent is an object of the same
 * customer that does not make a cycle. Fills the variant and name from the line
 * when they are not given. Returns the objects as they should be written.
 */
export const validateServiceObjectRefsStep = createStep(
  validateServiceObjectRefsStepId,
  async (objects: ObjectRefs[], { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)

    await checkReferences(
      container,
      objects.flatMap((o) => [
        { field: "customer_id", entity: "customer", id: o.customer_id },
        { field: "product_variant_id", entity: "product_variant", id: o.product_variant_id },
        { field: "parent_id", entity: "service_object", id: o.parent_id, customer_id: o.customer_id },
      ])
    )
    for (const o of objects) {
      if (o.id && o.parent_id) {
        await assertNoParentCycle(container, o.id, o.parent_id)
      }
    }

    const orderIds = unique(objects.map((o) => o.order_id))
    const { data: orders } = orderIds.length
      ? await query.graph({
          entity: "order",
          fields: ["id", "customer_id", "items.id", "items.variant_id", "items.title", "items.product_title"],
          filters: { id: orderIds },
        })
      : { data: [] }

    const resolved = objects.map((o) => {
      if (o.order_line_item_id && !o.order_id) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, "order_id is required with order_line_item_id")
      }
      if (!o.order_id) {
        return o
      }
      const order = orders.find((x) => x.id === o.order_id)
      if (!order) {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${o.order_id} was not found`)
      }
      if (o.customer_id && order.customer_id !== o.customer_id) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `Order ${o.order_id} was not placed by customer ${o.customer_id}`
        )
      }
      if (!o.order_line_item_id) {
        return o
      }
      const item = (order.items ?? []).find((i) => i?.id === o.order_line_item_id)
      if (!item) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `Line item ${o.order_line_item_id} is not part of order ${o.order_id}`
        )
      }
      return {
        ...o,
        product_variant_id: o.product_variant_id ?? item.variant_id ?? null,
        name: o.name ?? item.product_title ?? item.title,
      }
    })
    return new StepResponse(resolved)
  }
)
