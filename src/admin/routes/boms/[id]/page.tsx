import { Container, Text } from "@medusajs/ui"
import { useParams, useSearchParams, type UIMatch } from "react-router-dom"
import { BomCompareSection } from "../../../components/boms/bom-compare-section"
import { BomHeaderSection } from "../../../components/boms/bom-header-section"
import { BomVersionSection } from "../../../components/boms/bom-version-section"
import { BomVersionsSection } from "../../../components/boms/bom-versions-section"
import { withPermission } from "../../../components/can"
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
  const selected = versions.find((v) => v.id === searchParams.get("version")) ?? currentVersion(versions) ?? sortVersions(versions)[0]

  return (
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
          <BomCompareSection bom={bom} selectedId={selected?.id} />
        </>
      }
      side={<BomVersionsSection bom={bom} selectedId={selected?.id} onSelect={select} />}
    />
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
