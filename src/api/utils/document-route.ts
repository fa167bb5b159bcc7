import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { renderServiceOrderDocument } from "../../documents"
import type { DocumentKind } from "../../documents/types"
import { loadServiceOrderDocumentWorkflow } from "../../workflows/documents/load-service-order-document"

/**
 * A GET route answering a service order's document as an inline PDF. `ownedBy: "customer"` (store
 * routes) limits it to the signed-in customer's orders; another's answers 404 like a missing one.
 * Admin routes are scoped by the role guard before they run. The language asked for: the admin's
 * validated `?locale=`, or on the store Medusa's request locale (`?locale=`, `x-medusa-locale`),
 * which is passed over when the plugin does not translate it.
 */
export const documentRoute =
  (kind: DocumentKind, { ownedBy }: { ownedBy?: "customer" } = {}) =>
  async (req: AuthenticatedMedusaRequest<unknown, { locale?: string }>, res: MedusaResponse) => {
    const { result } = await loadServiceOrderDocumentWorkflow(req.scope).run({
      input: {
        id: req.params.id,
        kind,
        locale: req.validatedQuery.locale ?? req.locale,
        ...(ownedBy ? { customer_id: req.auth_context.actor_id } : {}),
      },
    })
    const pdf = await renderServiceOrderDocument(result)
    const filename = `${result.order.number}-${kind.replace("_", "-")}.pdf`.replace(/[^A-Za-z0-9._-]/g, "_")
    res.setHeader("Content-Type", "application/pdf")
    res.setHeader("Content-Disposition", `inline; filename="${filename}"`)
    res.setHeader("Content-Language", result.locale)
    // Addresses and prices: never kept by shared caches.
    res.setHeader("Cache-Control", "private, no-store")
    res.send(pdf)
  }
