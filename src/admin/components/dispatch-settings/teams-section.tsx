import { createDataTableColumnHelper } from "@medusajs/ui"
import { useDeleteTeam, useTeams } from "../../lib/hooks/dispatch-teams"
import type { DispatchTeam } from "../../lib/dispatch-types"
import { CatalogSection, useListState } from "../catalog-section"
import { ColorName } from "../catalog-cells"
import { TeamDrawer } from "./team-drawer"

const columnHelper = createDataTableColumnHelper<DispatchTeam>()
const columns = [
  columnHelper.accessor("name", { header: "Name", cell: ({ row }) => <ColorName color={row.original.color}>{row.original.name}</ColorName> }),
  columnHelper.accessor("description", { header: "Description", cell: ({ getValue }) => getValue() || "–" }),
]

/** Settings › Service › Teams. */
export const TeamsSection = () => {
  const list = useListState()
  const query = useTeams({ ...list.params, order: "name" })
  const remove = useDeleteTeam()
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
      empty={{ heading: "No teams", description: "Create teams to plan groups of technicians together." }}
      rowActions={{
        label: (team) => `team "${team.name}"`,
        consequence: "Its technicians stay, without a team.",
        onDelete: (team) => remove.mutateAsync(team.id),
      }}
      drawer={(editing) => <TeamDrawer open={editing.open} onOpenChange={editing.onOpenChange} team={editing.record} />}
    />
  )
}
