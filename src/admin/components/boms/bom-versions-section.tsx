import { Plus } from "@medusajs/icons"
import { Text } from "@medusajs/ui"
import { useState } from "react"
import type { Bom } from "../../../types"
import { BomVersionsTable } from "./bom-parts"
import { BomVersionDrawer } from "./bom-version-drawer"
import { CreateButton, Section } from "../section"

/** The BOM's versions, newest first: a row selects one; "New version" creates a draft and selects it. */
export const BomVersionsSection = ({
  bom,
  selectedId,
  onSelect,
}: {
  bom: Bom
  selectedId?: string
  onSelect: (versionId: string) => void
}) => {
  const [newOpen, setNewOpen] = useState(false)
  const versions = bom.versions ?? []
  return (
    <Section
      testId="bom-versions-section"
      title="Versions"
      actions={
        <CreateButton permission="settings.write" onClick={() => setNewOpen(true)} testId="bom-new-version">
          <Plus />
          New version
        </CreateButton>
      }
    >
      {versions.length ? (
        <BomVersionsTable versions={versions} selectedId={selectedId} onSelect={(v) => onSelect(v.id)} />
      ) : (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          No versions yet.
        </Text>
      )}
      <BomVersionDrawer
        open={newOpen}
        onOpenChange={setNewOpen}
        bomId={bom.id}
        version={null}
        versions={versions}
        onCreated={(v) => onSelect(v.id)}
      />
    </Section>
  )
}
