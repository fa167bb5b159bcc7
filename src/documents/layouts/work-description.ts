import { Content, documentDefinition, documentHeader, facts, heading, LayoutInput, objectFacts, partiesBlock, repairBlocks, table } from "./parts"

const OPEN_REPAIR = new Set(["open", "diagnosed"])

/** A ruled box to write in by hand. */
const writeInBox = (label: string, hint: string | null, height: number): Content => ({
  table: {
    widths: ["*"],
    heights: [height],
    body: [[{ stack: [{ text: label, bold: true }, hint ? { text: hint, fontSize: 7, color: "#555555" } : ""] }]],
  },
  unbreakable: true,
  margin: [0, 8, 0, 0],
})

/**
 * What the technician takes on site: who and where, the object, the SLA due times, the visits,
 * the tasks and lines with quantities (never prices or costs), the repairs still open, the
 * internal notes, and boxes for the technician's notes and the customer's signature.
 */
export function workDescriptionLayout(input: LayoutInput) {
  const { data, t, f } = input
  const { order } = data
  const lines = data.lines.map((line): Content[] => [
    t.line_type[line.type],
    line.task ?? "",
    line.description,
    f.date(line.work_date),
    { text: f.number(line.quantity), alignment: "right" },
  ])
  const visits = (data.visits ?? []).map((v): Content[] => [v.technician, `${f.dateTime(v.starts_at)} – ${f.dateTime(v.ends_at)}`])
  const openRepairs = data.repairs.filter((r) => OPEN_REPAIR.has(r.status))
  const content: Content[] = [
    ...documentHeader(input, t.work_description),
    partiesBlock(input),
    ...facts([
      [t.title, order.title],
      [t.description, order.description],
      [t.priority, t.priorities[order.priority]],
      [t.stage, order.stage],
      [t.created, f.dateTime(order.created_at)],
    ]),
    ...objectFacts(input),
    ...facts([
      [t.service_level, data.sla?.name],
      [t.response_due, f.dateTime(order.response_due_at)],
      [t.resolution_due, f.dateTime(order.resolution_due_at)],
      [t.responded, f.dateTime(order.responded_at)],
    ]),
    heading(t.visits),
    table(["*", "auto"], [t.technician, t.date], visits, t.none),
    heading(t.tasks_and_lines),
    table(["auto", "auto", "*", "auto", "auto"], [t.type, t.task, t.description, t.date, t.quantity], lines, t.none),
    heading(t.open_repairs),
    ...(openRepairs.length ? repairBlocks(input, openRepairs, true) : [{ text: t.none, color: "#555555" }]),
    ...(order.internal_note ? [heading(t.internal_notes), { text: order.internal_note }] : []),
    writeInBox(t.technician_notes, null, 110),
    writeInBox(t.customer_signature, t.name_and_date, 60),
  ]
  return documentDefinition(input, t.work_description, content)
}
