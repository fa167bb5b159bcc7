import { createDataTableColumnHelper } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { useAllRepairCodes, useDeleteRepairCode, useRepairCodes } from "../../lib/hooks/repairs"
import {
  REPAIR_CODE_AREA_KIND,
  REPAIR_CODE_KIND_LABELS,
  type RepairCode,
  type RepairCodeKind,
} from "../../lib/repair-types"
import { CatalogSection, useListState } from "../catalog-section"
import { CodeCell } from "../catalog-cells"
import { RepairCodeDrawer } from "./repair-code-drawer"
import { RepairCodeKindSelect } from "./repair-code-kind-select"
import { ActiveBadge } from "../badges"

const columnHelper = createDataTableColumnHelper<RepairCode>()

/** Settings › Service › Repair codes: symptom and diagnosis areas and codes, resolutions and conditions. */
export const RepairCodesSection = () => {
  const list = useListState()
  const [kind, setKind] = useState<RepairCodeKind>("symptom_area")
  const query = useRepairCodes({ ...list.params, kind, order: "position" })
  const all = useAllRepairCodes()
  const remove = useDeleteRepairCode()
  const areaKind = REPAIR_CODE_AREA_KIND[kind]

  const columns = useMemo(() => {
    const areaLabel = (id: string | null) => {
      const area = all.data?.repair_codes.find((c) => c.id === id)
      return area ? `${area.code} · ${area.label}` : "–"
    }
    return [
      columnHelper.accessor("code", { header: "Code", cell: ({ getValue }) => <CodeCell code={getValue()} /> }),
      columnHelper.accessor("label", { header: "Label" }),
      ...(areaKind
        ? [columnHelper.accessor("parent_id", { header: REPAIR_CODE_KIND_LABELS[areaKind].one, cell: ({ getValue }) => areaLabel(getValue()) })]
        : []),
      columnHelper.accessor("position", { header: "Position" }),
      columnHelper.accessor("is_active", { header: "Status", cell: ({ getValue }) => <ActiveBadge active={getValue()} /> }),
    ]
  }, [areaKind, all.data])

  return (
    <CatalogSection
      title="Repair codes"
      description="What customers report (symptoms), what technicians find (diagnoses), what was done (resolutions) and the object's condition."
      createLabel="Create code"
      testId="repair-code"
      permission="settings.write"
      columns={columns}
      query={query}
      rows={query.data?.repair_codes}
      list={list}
      filters={
        <RepairCodeKindSelect
          plural
          className="w-[180px]"
          testId="repair-code-kind-filter"
          value={kind}
          onChange={(k) => {
            setKind(k)
            list.firstPage()
          }}
        />
      }
      empty={{
        heading: `No ${REPAIR_CODE_KIND_LABELS[kind].many.toLowerCase()}`,
        description: areaKind
          ? `Create ${REPAIR_CODE_KIND_LABELS[areaKind].many.toLowerCase()} first, then the codes within them.`
          : "Create the codes your technicians pick on repairs.",
      }}
      rowActions={{
        label: (code) => `code "${code.code}"`,
        consequence: "A code that repairs use (or an area with codes) is not deleted: deactivate it instead.",
        onDelete: (code) => remove.mutateAsync(code.id),
      }}
      drawer={(editing) => <RepairCodeDrawer open={editing.open} onOpenChange={editing.onOpenChange} code={editing.record} defaultKind={kind} />}
    />
  )
}
