import { Container, Text } from "@medusajs/ui"
import { useParams, useSearchParams } from "react-router-dom"
import { BomCompareSection } from "../../../components/boms/bom-compare-section"
import { BomHeaderSection } from "../../../components/boms/bom-header-section"
import { BomVersionSection } from "../../../components/boms/bom-version-section"
import { BomVersionsSection } from "../../../components/boms/bom-versions-section"
import { withPermission } from "../../../components/can"
import { DetailState, recordBreadcrumb } from "../../../components/detail-state"
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
  const query = useBom(id)

  return (
    <DetailState query={query} record={query.data?.bom} noun="BOM" list={{ path: "/settings/service?tab=boms", label: "BOMs" }}>
      {(bom) => {
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
      }}
    </DetailState>
  )
}

export const handle = recordBreadcrumb(useBom, (data) => data?.bom?.name)

export default withPermission(BomEditorPage, "settings.read", "see bills of materials")
