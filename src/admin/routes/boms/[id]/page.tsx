import { Plus } from "@medusajs/icons"
import { Button, Container, Heading, Text } from "@medusajs/ui"
import { useState } from "react"
import { useParams, useSearchParams, type UIMatch } from "react-router-dom"
import { BomDiff } from "../../../components/boms/bom-diff"
import { BomHeaderSection } from "../../../components/boms/bom-header-section"
import { BomVersionsTable } from "../../../components/boms/bom-parts"
import { BomVersionDrawer } from "../../../components/boms/bom-version-drawer"
import { BomVersionSection } from "../../../components/boms/bom-version-section"
import { Can, withPermission } from "../../../components/can"
import { DetailLoading, DetailNotFound } from "../../../components/detail-state"
import { TwoColumnLayout } from "../../../components/section-row"
import { currentVersion, sortVersions } from "../../../lib/bom-format"
import { useBom } from "../../../lib/hooks/boms"

/**
 * The BOM editor: the BOM, its versions (select one with `?version=`), the selected version's
 * components and life cycle, and a side-by-side comparison of two versions.
 */
const BomEditorPage = () => {
  const { id = "" } = useParams()
  const [searchParams, setSearchParams] = useSearchParams()
  const { data, isLoading, isError, error } = useBom(id)
  const [newOpen, setNewOpen] = useState(false)

  if (isLoading) {
    return <DetailLoading noun="BOM" />
  }
  if (isError || !data?.bom) {
    return <DetailNotFound noun="BOM" error={error} listPath="/settings/service?tab=boms" listLabel="BOMs" />
  }

  const bom = data.bom
  const versions = bom.versions ?? []
  const select = (vid: string | null) => setSearchParams(vid ? { version: vid } : {}, { replace: true })
  // The version asked for, else the current approved one, else the newest.
  const selected =
    versions.find((v) => v.id === searchParams.get("version")) ?? currentVersion(versions) ?? sortVersions(versions)[0] ?? null

  return (
    <div className="flex flex-col gap-y-3">
      <TwoColumnLayout
        main={
          <>
            <BomHeaderSection bom={bom} />
            {selected ? (
              <BomVersionSection key={selected.id} bom={bom} versionId={selected.id} onDeleted={() => select(null)} />
            ) : (
              <Container className="px-6 py-4">
                <Text size="small" className="text-ui-fg-subtle">
                  No versions yet: create the first one to list its components.
                </Text>
              </Container>
            )}
            <Container className="divide-y p-0" data-testid="bom-compare">
              <div className="px-6 py-4">
                <Heading level="h2">Compare versions</Heading>
                <Text size="small" className="text-ui-fg-subtle">
                  What changed from one version to another.
                </Text>
              </div>
              {/* Keyed by the selection: selecting a version compares it with its predecessor. */}
              <BomDiff key={selected?.id} bomId={bom.id} versions={versions} selectedId={selected?.id} />
            </Container>
          </>
        }
        side={
          <Container className="divide-y p-0" data-testid="bom-versions-section">
            <div className="flex items-center justify-between px-6 py-4">
              <Heading level="h2">Versions</Heading>
              <Can permission="settings.write">
                <Button size="small" variant="secondary" onClick={() => setNewOpen(true)} data-testid="bom-new-version">
                  <Plus />
                  New version
                </Button>
              </Can>
            </div>
            {versions.length ? (
              <BomVersionsTable versions={versions} selectedId={selected?.id} onSelect={(v) => select(v.id)} />
            ) : (
              <Text size="small" className="text-ui-fg-subtle px-6 py-4">
                No versions yet.
              </Text>
            )}
          </Container>
        }
      />
      <BomVersionDrawer
        open={newOpen}
        onOpenChange={setNewOpen}
        bomId={bom.id}
        version={null}
        versions={versions}
        onCreated={(v) => select(v.id)}
      />
    </div>
  )
}

const Breadcrumb = ({ id }: { id: string }) => {
  const { data } = useBom(id)
  return <span>{data?.bom?.name ?? id}</span>
}

export const handle = {
  breadcrumb: (match: UIMatch) => <Breadcrumb id={(match.params as { id?: string }).id ?? ""} />,
}

export default withPermission(BomEditorPage, "settings.read", "see bills of materials")
