import { Container, Heading, Text } from "@medusajs/ui"
import type { Bom } from "../../../types"
import { BomDiff } from "./bom-diff"

/** What changed from one version to another, starting from the selected version and its predecessor. */
export const BomCompareSection = ({ bom, selectedId }: { bom: Bom; selectedId?: string }) => (
  <Container className="divide-y p-0" data-testid="bom-compare">
    <div className="px-6 py-4">
      <Heading level="h2">Compare versions</Heading>
      <Text size="small" className="text-ui-fg-subtle">
        What changed from one version to another.
      </Text>
    </div>
    {/* Keyed by the selection: selecting a version compares it with its predecessor. */}
    <BomDiff key={selectedId} bomId={bom.id} versions={bom.versions ?? []} selectedId={selectedId} />
  </Container>
)
