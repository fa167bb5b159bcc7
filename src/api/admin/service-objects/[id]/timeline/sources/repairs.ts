import type { TimelineEntry } from "../../../../../../types/http/timeline"
import { TimelineSource } from "./types"

type Code = { label: string } | null | undefined

/** "Symptom: … Diagnosis: … Resolution: …" from a repair line's codes, the parts known so far. */
const inWords = (line: { symptom_code?: Code; diagnosis_code?: Code; resolution_code?: Code }) =>
  [
    line.symptom_code && `Symptom: ${line.symptom_code.label}.`,
    line.diagnosis_code && `Diagnosis: ${line.diagnosis_code.label}.`,
    line.resolution_code && `Resolution: ${line.resolution_code.label}.`,
  ]
    .filter(Boolean)
    .join(" ") || null

const TITLES: Record<string, string> = { open: "Fault reported", diagnosed: "Fault diagnosed", repaired: "Repaired", verified: "Repair verified" }

/** The repairs on the object across all its service orders, in words, at their latest step. One list. */
export const repairSource: TimelineSource = async ({ service, object }) => {
  const lines = await service.listServiceRepairLines(
    { service_object_id: object.id },
    {
      relations: ["service_order", "symptom_code", "diagnosis_code", "resolution_code", "technician"],
      select: [
        "id", "status", "notes", "created_at", "diagnosed_at", "repaired_at", "verified_at",
        "service_order.id", "service_order.number", "symptom_code.label", "diagnosis_code.label", "resolution_code.label",
        "technician.first_name", "technician.last_name",
      ],
    }
  )
  return lines.map(
    (l): TimelineEntry => ({
      id: `repair:${l.id}`,
      kind: "repair",
      at: l.verified_at ?? l.repaired_at ?? l.diagnosed_at ?? l.created_at,
      title: TITLES[l.status] ?? "Repair",
      description: inWords(l as Parameters<typeof inWords>[0]),
      technician: l.technician ? { first_name: l.technician.first_name, last_name: l.technician.last_name ?? null } : null,
      internal_note: l.notes ?? null,
      reference: { type: "service_order", id: l.service_order.id, label: l.service_order.number },
    })
  )
}
