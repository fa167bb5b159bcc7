import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { recordSlaEventsWorkflow } from "../../../../../workflows/slas/record-sla-events"
import { serviceOrderSla } from "../../helpers"
import { AdminRecordSlaEvent } from "../../validators"

/** The order's SLA clock (actual against target, due times, paused/breached) and its log. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json(await serviceOrderSla(req, req.params.id))
}

/** Records an SLA event (pause with a reason, resume, stop of a metric); 400 when it does not fit the log. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminRecordSlaEvent>, res: MedusaResponse) => {
  await recordSlaEventsWorkflow(req.scope).run({
    input: {
      service_order_id: req.params.id,
      events: [req.validatedBody],
      actor: { type: "user", id: req.auth_context.actor_id },
    },
  })
  res.json(await serviceOrderSla(req, req.params.id))
}
