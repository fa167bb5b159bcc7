import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { chooseDocumentLocale } from "../../../documents/locale"
import type { DocumentKind, ServiceOrderDocumentData } from "../../../documents/types"
import { notFound } from "../../common/utils/load-record"
import { documentData, DOCUMENT_ORDER_FIELDS } from "./document-rows"

export type LoadServiceOrderDocumentInput = {
  id: string
  kind: DocumentKind
  /** A store request's customer: another customer's order answers like a missing one. */
  customer_id?: string
  /** The locale asked for (BCP 47); passed over when the plugin does not translate it. */
  locale?: string
}

export const loadServiceOrderDocumentStepId = "load-service-order-document"
/**
 * Reads everything one document prints in three queries whatever the order's size: the order with
 * its customer, object, lines, repairs (and, for the work description, visits) in one graph, the
 * store's name and locales beside it, then the names of the lines' tasks. Reads only.
 */
export const loadServiceOrderDocumentStep = createStep(
  loadServiceOrderDocumentStepId,
  async (input: LoadServiceOrderDocumentInput, { container }): Promise<StepResponse<ServiceOrderDocumentData>> => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const filters = { id: input.id, ...(input.customer_id ? { customer_id: input.customer_id } : {}) }
    const [{ data: orders }, { data: stores }] = await Promise.all([
      query.graph({ entity: "service_order", fields: DOCUMENT_ORDER_FIELDS[input.kind], filters }),
      query.graph({ entity: "store", fields: ["name", "supported_locales.locale_code", "supported_locales.created_at"], pagination: { take: 1, skip: 0 } }),
    ])
    const order = orders[0] as Record<string, any> | undefined
    if (!order) {
      throw notFound("Service order", input.id)
    }
    const taskIds = [...new Set<string>((order.lines ?? []).map((l: { service_task_id: string | null }) => l.service_task_id).filter(Boolean))]
    const { data: tasks } = taskIds.length
      ? await query.graph({ entity: "service_task", fields: ["id", "name"], filters: { id: taskIds }, withDeleted: true })
      : { data: [] }
    const store = stores[0] as { name?: string; supported_locales?: { locale_code: string; created_at: string }[] } | undefined
    const storeLocales = [...(store?.supported_locales ?? [])]
      .sort((a, b) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime())
      .map((l) => l.locale_code)
    const locale = chooseDocumentLocale({ requested: input.locale, customer: order.customer?.metadata?.locale, store: storeLocales })
    return new StepResponse(
      documentData(order, {
        kind: input.kind,
        taskNames: new Map((tasks as { id: string; name: string }[]).map((t) => [t.id, t.name])),
        locale,
        storeName: store?.name ?? null,
        now: new Date(),
      })
    )
  }
)
