import { createDataTableColumnHelper } from "@medusajs/ui"
import { useMemo } from "react"
import { useDeleteTechnician, useTechnicians } from "../../lib/hooks/technicians"
import { technicianName, type TechnicianDetail } from "../../lib/dispatch-types"
import { ActiveBadge } from "../badges"
import { CatalogSection, useEditing, useListState } from "../catalog-section"
import { BadgeList, ColorName } from "../catalog-cells"
import { RowActions } from "../row-actions"
import { TechnicianDrawer } from "./technician-drawer"
import { userLabel } from "./user-picker"

const columnHelper = createDataTableColumnHelper<TechnicianDetail>()

/** Settings › Service › Technicians. */
export const TechniciansSection = () => {
  const list = useListState()
  const editing = useEditing<TechnicianDetail>()
  const query = useTechnicians({ ...list.params, order: "first_name" })
  const remove = useDeleteTechnician()
  const columns = useMemo(
    () => [
      columnHelper.display({
        id: "name",
        header: "Name",
        cell: ({ row }) => <ColorName color={row.original.color}>{technicianName(row.original)}</ColorName>,
      }),
      columnHelper.display({ id: "team", header: "Team", cell: ({ row }) => row.original.team?.name ?? "–" }),
      columnHelper.display({ id: "user", header: "Admin user", cell: ({ row }) => userLabel(row.original.user) ?? "–" }),
      columnHelper.accessor("skills", {
        header: "Skills",
        cell: ({ getValue }) => <BadgeList items={(getValue() ?? []).map((s) => ({ key: s, label: s }))} />,
      }),
      columnHelper.accessor("timezone", { header: "Time zone" }),
      columnHelper.accessor("is_active", { header: "Status", cell: ({ getValue }) => <ActiveBadge active={getValue()} /> }),
      columnHelper.display({
        id: "actions",
        cell: ({ row }) => (
          <RowActions
            label={`technician ${technicianName(row.original)}`}
            consequence="Their past assignments stay on the orders; they leave the board."
            onEdit={() => editing.edit(row.original)}
            onDelete={() => remove.mutateAsync(row.original.id)}
            testId="technician-actions"
            permission="technicians.write"
          />
        ),
      }),
    ],
    [remove, editing.edit]
  )
  return (
    <CatalogSection
      title="Technicians"
      description="The people the dispatch board plans, with their hours, skills and absences."
      createLabel="Create technician"
      testId="technician"
      permission="technicians.write"
      columns={columns}
      query={query}
      rows={query.data?.technicians}
      list={list}
      onCreate={editing.create}
      onRowClick={editing.edit}
      empty={{ heading: "No technicians", description: "Create technicians to plan work on the dispatch board." }}
    >
      <TechnicianDrawer open={editing.open} onOpenChange={editing.onOpenChange} technician={editing.record} />
    </CatalogSection>
  )
}
