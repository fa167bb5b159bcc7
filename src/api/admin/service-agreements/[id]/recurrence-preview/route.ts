import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { describeRecurrence } from "../../../../../modules/service-management/utils/recurrence"
import { retrieveEntity } from "../../../../utils/respond"
import { upcomingOccurrences } from "../../../../../modules/service-management/utils/views/agreement-preview"
import { AdminGetRecurrencePreviewParams } from "../../validators"

const TEN_YEARS_MS = 10 * 366 * 24 * 60 * 60 * 1000

/**
 * What an RRULE would do on this agreement before it is saved on a line: the rule in words and
 * its next due dates from today, within the agreement's (and the given line) validity and outside
 * its suspensions. A rule the lines would refuse is a 400 with the same message.
 */
export const GET = async (req: AuthenticatedMedusaRequest<AdminGetRecurrencePreviewParams>, res: MedusaResponse) => {
  const { recurrence, valid_from, valid_to, count } = req.validatedQuery as unknown as AdminGetRecurrencePreviewParams
  const agreement = await retrieveEntity(req, "service_agreement", { id: req.params.id }, "Service agreement", [
    "id",
    "valid_from",
    "valid_to",
    "suspensions",
  ])
  const now = new Date()
  const line = { recurrence, valid_from: valid_from ?? null, valid_to: valid_to ?? null }
  const dates = upcomingOccurrences(agreement, line, now, count, new Date(now.getTime() + TEN_YEARS_MS))
  res.json({
    recurrence,
    recurrence_text: describeRecurrence(recurrence),
    occurrences: dates.map((d) => d.toISOString().slice(0, 10)),
    count: dates.length,
  })
}
