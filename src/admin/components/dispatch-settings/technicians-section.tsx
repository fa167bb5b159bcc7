import { createDataTableColumnHelper } from "@medusajs/ui"
import { useDeleteTechnician, useTechnicians } from "../../lib/hooks/technicians"
import { technicianName, type TechnicianDetail } from "../../lib/dispatch-types"
import { ActiveBadge } from "../badges"
import { CatalogSection, useListState } from "../catalog-section"
import { BadgeList, ColorName } from "../catalog-cells"
import { TechnicianDrawer } from "./technician-drawer"
import { userLabel } from "./user-picker"

const columnHelper = createDataTableColumnHelper<TechnicianDetail>()
const columns = [
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
]

/** Settings › Service › Technicians. */
export const TechniciansSection = () => {
  const list = useListState()
  const query = useTechnicians({ ...list.params, order: "first_name" })
  const remove = useDeleteTechnician()
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
      empty={{ heading: "No technicians", description: "Create technicians to plan work on the dispatch board." }}
      rowActions={{
        label: (technician) => `technician ${technicianName(technician)}`,
        consequence: "Their past assignments stay on the orders; they leave the board.",
        onDelete: (technician) => remove.mutateAsync(technician.id),
      }}
      drawer={(editing) => <TechnicianDrawer open={editing.open} onOpenChange={editing.onOpenChange} technician={editing.record} />}
    />
  )
}
