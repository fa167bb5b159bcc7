import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { describeRecurrence } from "../../../../../../../modules/service-management/utils/recurrence"
import { retrieveEntity } from "../../../../../../utils/respond"
import { AgreementLineLike, upcomingOccurrences } from "../../../../../../../modules/service-management/utils/views/agreement-preview"
import { AdminGetAgreementOccurrencesParams } from "../../../../validators"

type LineWithOccurrences = AgreementLineLike & {
  id: string
  occurrences?: { occurrence_date: string | Date; service_order_id: string }[] | null
}

const TEN_YEARS_MS = 10 * 366 * 24 * 60 * 60 * 1000

/** The next `count` due dates of a line from `after` (default today), with the order generated for each so far. */
export const GET = async (req: AuthenticatedMedusaRequest<AdminGetAgreementOccurrencesParams>, res: MedusaResponse) => {
  const { count, after } = req.validatedQuery as unknown as AdminGetAgreementOccurrencesParams
  const agreement = await retrieveEntity(req, "service_agreement", { id: req.params.id }, "Service agreement", [
    "id",
    "valid_from",
    "valid_to",
    "suspensions",
    "lines.*",
    "lines.occurrences.occurrence_date",
    "lines.occurrences.service_order_id",
  ])
  const lines: (LineWithOccurrences | null)[] = agreement.lines ?? []
  const line = lines.find((l) => l?.id === req.params.line_id)
  if (!line) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Service agreement line with id: ${req.params.line_id} was not found`)
  }
  const from = after ?? new Date()
  const dates = upcomingOccurrences(agreement, line, from, count, new Date(from.getTime() + TEN_YEARS_MS))
  const generated = new Map<number, string>(
    (line.occurrences ?? []).map((o) => [new Date(o.occurrence_date).getTime(), o.service_order_id])
  )
  res.json({
    recurrence: line.recurrence,
    recurrence_text: line.recurrence ? describeRecurrence(line.recurrence) : null,
    occurrences: dates.map((d) => ({ date: d.toISOString().slice(0, 10), service_order_id: generated.get(d.getTime()) ?? null })),
    count: dates.length,
  })
}
