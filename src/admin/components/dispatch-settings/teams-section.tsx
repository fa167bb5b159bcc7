import { createDataTableColumnHelper } from "@medusajs/ui"
import { useMemo } from "react"
import { useDeleteTeam, useTeams } from "../../lib/hooks/dispatch-teams"
import type { DispatchTeam } from "../../lib/dispatch-types"
import { CatalogSection, useEditing, useListState } from "../catalog-section"
import { ColorName } from "../catalog-cells"
import { RowActions } from "../row-actions"
import { TeamDrawer } from "./team-drawer"

const columnHelper = createDataTableColumnHelper<DispatchTeam>()

/** Settings › Service › Teams. */
export const TeamsSection = () => {
  const list = useListState()
  const editing = useEditing<DispatchTeam>()
  const query = useTeams({ ...list.params, order: "name" })
  const remove = useDeleteTeam()
  const columns = useMemo(
    () => [
      columnHelper.accessor("name", {
        header: "Name",
        cell: ({ row }) => <ColorName color={row.original.color}>{row.original.name}</ColorName>,
      }),
      columnHelper.accessor("description", { header: "Description", cell: ({ getValue }) => getValue() || "–" }),
      columnHelper.display({
        id: "actions",
        cell: ({ row }) => (
          <RowActions
            label={`team "${row.original.name}"`}
            consequence="Its technicians stay, without a team."
            onEdit={() => editing.edit(row.original)}
            onDelete={() => remove.mutateAsync(row.original.id)}
            testId="team-actions"
            permission="technicians.write"
          />
        ),
      }),
    ],
    [remove, editing.edit]
  )
  return (
    <CatalogSection
      title="Teams"
      description="Groups of technicians; the dispatch board can show one team."
      createLabel="Create team"
      testId="team"
      permission="technicians.write"
      columns={columns}
      query={query}
      rows={query.data?.dispatch_teams}
      list={list}
      onCreate={editing.create}
      onRowClick={editing.edit}
      empty={{ heading: "No teams", description: "Create teams to plan groups of technicians together." }}
    >
      <TeamDrawer open={editing.open} onOpenChange={editing.onOpenChange} team={editing.record} />
    </CatalogSection>
  )
}
