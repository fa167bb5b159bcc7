import type { Bom } from "../../../types"
import { BomDiff } from "./bom-diff"
import { Section } from "../section"

/** What changed from one version to another, starting from the selected version and its predecessor. */
export const BomCompareSection = ({ bom, selectedId }: { bom: Bom; selectedId?: string }) => (
  <Section testId="bom-compare" title="Compare versions" description="What changed from one version to another.">
    {/* Keyed by the selection: selecting a version compares it with its predecessor. */}
    <BomDiff key={selectedId} bomId={bom.id} versions={bom.versions ?? []} selectedId={selectedId} />
  </Section>
)
