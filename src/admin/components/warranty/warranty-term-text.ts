import type { WarrantyTerm } from "../../../types"
import { START_BASIS_LABELS } from "./warranty-term-drawer"

/** One line for a term: "24 months from fulfilment · parts 100 %, labour 50 % · repair, replace · transferable". */
export const warrantyTermText = (t: WarrantyTerm) =>
  [
    `${t.duration_months} months from ${START_BASIS_LABELS[t.start_basis].toLowerCase()}`,
    `parts ${t.parts_coverage_percent} %, labour ${t.labour_coverage_percent} %`,
    t.remedies.join(", "),
    t.transferable ? "transferable" : "not transferable",
  ].join(" · ")
