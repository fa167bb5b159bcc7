import { StatusBadge, Table, Text, clx } from "@medusajs/ui"
import { BOM_STATUS_COLORS, sortVersions, validityText, versionLabel } from "../../lib/bom-format"
import type { BomVersion, BomVersionRef } from "../../../types"
import type { VariantRef } from "../../lib/hooks/products"
import { humanize } from "../../lib/format"

export const BomStatusBadge = ({ status }: { status: BomVersion["status"] }) => (
  <StatusBadge color={BOM_STATUS_COLORS[status]} data-bom-status={status}>
    {humanize(status)}
  </StatusBadge>
)

/** "Version 2" with its status and validity on one line. */
export const VersionSummary = ({ version }: { version: BomVersionRef }) => (
  <span className="inline-flex flex-wrap items-center gap-1.5" data-version={version.version}>
    <span className="txt-compact-small-plus text-ui-fg-base">{versionLabel(version)}</span>
    <BomStatusBadge status={version.status} />
    <Text size="xsmall" leading="compact" className="text-ui-fg-subtle">
      {validityText(version)}
    </Text>
  </span>
)

/** "Product · Variant" of a variant the API returned with its product. */
export const variantText = (v?: VariantRef | null): string | null =>
  v ? [v.product?.title, v.title].filter(Boolean).join(" · ") || v.id : null

/**
 * A BOM's versions, newest first: number, status, validity and component count. A row click
 * hands the version to `onSelect` (the editor selects it, the product widget opens the editor).
 */
export const BomVersionsTable = ({
  versions,
  selectedId,
  onSelect,
  testId = "bom-versions",
}: {
  versions: BomVersion[]
  selectedId?: string | null
  onSelect: (version: BomVersion) => void
  testId?: string
}) => (
  <Table data-testid={testId}>
    <Table.Header>
      <Table.Row>
        <Table.HeaderCell>Version</Table.HeaderCell>
        <Table.HeaderCell>Status</Table.HeaderCell>
        <Table.HeaderCell>Validity</Table.HeaderCell>
        <Table.HeaderCell className="text-right">Parts</Table.HeaderCell>
      </Table.Row>
    </Table.Header>
    <Table.Body>
      {sortVersions(versions).map((v) => (
        <Table.Row
          key={v.id}
          className={clx("cursor-pointer", { "bg-ui-bg-highlight": v.id === selectedId })}
          onClick={() => onSelect(v)}
          data-testid={`${testId}-row`}
          data-version={v.version}
          data-status={v.status}
          data-selected={v.id === selectedId ? "true" : undefined}
        >
          <Table.Cell className="txt-compact-small-plus">{v.version}</Table.Cell>
          <Table.Cell>
            <BomStatusBadge status={v.status} />
          </Table.Cell>
          <Table.Cell>{validityText(v)}</Table.Cell>
          <Table.Cell className="text-right">{v.components?.length ?? "–"}</Table.Cell>
        </Table.Row>
      ))}
    </Table.Body>
  </Table>
)
