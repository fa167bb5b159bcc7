import { ArrowRight } from "@medusajs/icons"
import { Badge, Select, Table, Text, clx } from "@medusajs/ui"
import { useEffect, useState, type ReactNode } from "react"
import { componentName, defaultDiffPair, quantityText, sortVersions, versionLabel } from "../../lib/bom-format"
import { useBomDiff } from "../../lib/hooks/boms"
import { useVariantRefs } from "../../lib/hooks/products"
import type { BomComponent, BomVersion, ComponentChange, ComponentChangeKind } from "../../lib/bom-types"
import type { VariantRef } from "../../lib/hooks/products"
import { variantText } from "./bom-parts"

const SIDE_COLORS: Record<"from" | "to", Partial<Record<ComponentChangeKind, string>>> = {
  from: { removed: "bg-ui-tag-red-bg" },
  to: { added: "bg-ui-tag-green-bg" },
}
const CHANGED_FIELD = "bg-ui-tag-orange-bg text-ui-tag-orange-text rounded px-1"

const SUMMARY: { kind: ComponentChangeKind; label: string; color: "green" | "red" | "orange" | "grey" }[] = [
  { kind: "added", label: "added", color: "green" },
  { kind: "removed", label: "removed", color: "red" },
  { kind: "changed", label: "changed", color: "orange" },
  { kind: "unchanged", label: "unchanged", color: "grey" },
]

/** A value of a diff row, highlighted when one of `names` is among the fields that differ. */
const Value = ({ fields, names, className, children }: { fields: string[]; names: string[]; className?: string; children: ReactNode }) =>
  names.some((n) => fields.includes(n)) ? (
    <span className={clx(className, CHANGED_FIELD)} data-changed-field={names.join(",")}>
      {children}
    </span>
  ) : (
    <span className={className}>{children}</span>
  )

/** One side of a diff row: where the part sits, what it is and how many; the fields that changed highlighted. */
const Side = ({ c, fields, variants }: { c: BomComponent | null; fields: string[]; variants?: Map<string, VariantRef> }) => {
  if (!c) {
    return <span className="text-ui-fg-muted">–</span>
  }
  return (
    <div className="flex flex-col items-start py-2">
      <span className="txt-compact-small">
        <Value fields={fields} names={["position"]}>{c.position}</Value>
        {c.reference ? ` · ${c.reference}` : ""}
      </span>
      <Value fields={fields} names={["part_number", "title"]} className="txt-compact-small text-ui-fg-base">
        {componentName(c, variantText(c.product_variant_id ? variants?.get(c.product_variant_id) : null))}
      </Value>
      <span className="txt-compact-xsmall text-ui-fg-subtle">
        Qty <Value fields={fields} names={["quantity", "unit"]}>{quantityText(c.quantity, c.unit)}</Value>
      </span>
    </div>
  )
}

const VersionSelect = ({ id, value, versions, onChange }: { id: string; value: string; versions: BomVersion[]; onChange: (v: string) => void }) => (
  <div className="w-[220px]">
    <Select size="small" value={value} onValueChange={onChange}>
      <Select.Trigger id={id} data-testid={id}>
        <Select.Value />
      </Select.Trigger>
      <Select.Content>
        {sortVersions(versions).map((v) => (
          <Select.Item key={v.id} value={v.id}>
            {`${versionLabel(v)} (${v.status})`}
          </Select.Item>
        ))}
      </Select.Content>
    </Select>
  </div>
)

/**
 * Two versions of a BOM side by side: pick both; each part appears once, added rows green on the
 * right, removed rows red on the left, changed fields highlighted, with counts per kind.
 */
export const BomDiff = ({
  bomId,
  versions,
  selectedId,
  testId = "bom-diff",
}: {
  bomId: string
  versions: BomVersion[]
  /** The version the diff starts from (compared with its predecessor). */
  selectedId?: string | null
  testId?: string
}) => {
  const [pair, setPair] = useState(() => defaultDiffPair(versions, selectedId))
  // A new or deleted version may leave the pair naming one that is gone.
  useEffect(() => {
    if (!pair || !versions.some((v) => v.id === pair.from) || !versions.some((v) => v.id === pair.to)) {
      setPair(defaultDiffPair(versions, selectedId))
    }
  }, [versions, pair, selectedId])
  const { data, isLoading, isError, error } = useBomDiff(bomId, pair?.to, pair?.from)
  const variantIds = (data?.changes ?? []).flatMap((c) => [c.from?.product_variant_id, c.to?.product_variant_id]).filter(Boolean) as string[]
  const { data: variants } = useVariantRefs(variantIds)

  if (!pair) {
    return (
      <Text size="small" className="text-ui-fg-subtle px-6 py-4" data-testid={testId}>
        A comparison needs two versions.
      </Text>
    )
  }

  return (
    <div className="flex flex-col" data-testid={testId}>
      <div className="flex flex-wrap items-center gap-2 px-6 py-4">
        <VersionSelect id={`${testId}-from`} value={pair.from} versions={versions} onChange={(from) => setPair({ ...pair, from })} />
        <ArrowRight className="text-ui-fg-muted" />
        <VersionSelect id={`${testId}-to`} value={pair.to} versions={versions} onChange={(to) => setPair({ ...pair, to })} />
        {data && pair.from !== pair.to && (
          <div
            className="flex flex-wrap items-center gap-1"
            data-testid={`${testId}-summary`}
            {...Object.fromEntries(SUMMARY.map((s) => [`data-${s.kind}`, String(data.summary[s.kind])]))}
          >
            {SUMMARY.map((s) => (
              <Badge key={s.kind} size="2xsmall" color={s.color}>
                {data.summary[s.kind]} {s.label}
              </Badge>
            ))}
          </div>
        )}
      </div>
      {pair.from === pair.to ? (
        <Text size="small" className="text-ui-fg-subtle px-6 pb-4">
          Pick two different versions.
        </Text>
      ) : isError ? (
        <Text size="small" className="text-ui-fg-error px-6 pb-4">
          {(error as Error)?.message ?? "Could not compare the versions."}
        </Text>
      ) : isLoading || !data ? (
        <Text size="small" className="text-ui-fg-subtle px-6 pb-4">
          Comparing…
        </Text>
      ) : data.changes.length === 0 ? (
        <Text size="small" className="text-ui-fg-subtle px-6 pb-4">
          Neither version has components.
        </Text>
      ) : (
        <div className="overflow-x-auto">
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell className="w-1/2">{versionLabel(data.from)}</Table.HeaderCell>
                <Table.HeaderCell className="w-1/2">{versionLabel(data.to)}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {data.changes.map((change: ComponentChange, i) => (
                <Table.Row key={`${change.key}-${i}`} data-testid={`${testId}-row`} data-change={change.change}>
                  <Table.Cell className={SIDE_COLORS.from[change.change]}>
                    <Side c={change.from} fields={change.fields} variants={variants} />
                  </Table.Cell>
                  <Table.Cell className={SIDE_COLORS.to[change.change]}>
                    <Side c={change.to} fields={change.fields} variants={variants} />
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
    </div>
  )
}
