import { DocumentText } from "@medusajs/icons"
import { Button } from "@medusajs/ui"
import type { ServiceOrder } from "../../../types"
import { backendUrl } from "../../lib/client"
import { Can } from "../can"

const DOCUMENTS = [
  { path: "work-description", label: "Print work description", permission: "service_orders.read", testId: "work-description-button" },
  { path: "job-receipt", label: "Job receipt", permission: "service_orders.receipt", testId: "job-receipt-button" },
]

/**
 * The order's PDFs, each opened in a new tab (the browser sends the admin session) and offered only
 * to roles that may print it: technicians get the work description, staff the job receipt too.
 */
export const ServiceOrderDocumentButtons = ({ order }: { order: ServiceOrder }) => (
  <>
    {DOCUMENTS.map((doc) => (
      <Can key={doc.path} permission={doc.permission}>
        <Button size="small" variant="secondary" asChild>
          <a href={backendUrl(`/admin/service-orders/${order.id}/${doc.path}`)} target="_blank" rel="noopener noreferrer" data-testid={doc.testId}>
            <DocumentText />
            {doc.label}
          </a>
        </Button>
      </Can>
    ))}
  </>
)
