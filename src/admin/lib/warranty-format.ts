import type { WarrantyRemedy, WarrantyStartBasis, WarrantyTerm } from "../../types"

/** What a unit's warranty runs from. */
export const START_BASIS_LABELS: Record<WarrantyStartBasis, string> = {
  placed: "Order placed",
  fulfilled: "Fulfilment",
  delivered: "Delivery",
}

export const REMEDY_LABELS: Record<WarrantyRemedy, string> = { repair: "Repair", replace: "Replace", refund: "Refund" }

/** One line for a term: "24 months from fulfilment · parts 100 %, labour 50 % · repair, replace · transferable". */
export const warrantyTermText = (t: Pick<WarrantyTerm, "duration_months" | "start_basis" | "parts_coverage_percent" | "labour_coverage_percent" | "remedies" | "transferable">) =>
  [
    `${t.duration_months} months from ${START_BASIS_LABELS[t.start_basis].toLowerCase()}`,
    `parts ${t.parts_coverage_percent} %, labour ${t.labour_coverage_percent} %`,
    t.remedies.join(", "),
    t.transferable ? "transferable" : "not transferable",
  ].join(" · ")
