import { createDataTableColumnHelper } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { useDeleteTeam, useTeams } from "../../lib/hooks/dispatch-teams"
import type { DispatchTeam } from "../../lib/dispatch-types"
import { CrudSection, RowActions, useListState } from "./crud-section"
import { TeamDrawer } from "./team-drawer"

const columnHelper = createDataTableColumnHelper<DispatchTeam>()

/** Settings › Service › Teams. */
export const TeamsSection = () => {
  const list = useListState()
  const [editing, setEditing] = useState<{ open: boolean; team: DispatchTeam | null }>({ open: false, team: null })
  const { data, isLoading } = useTeams({ ...list.params, order: "name" })
  const remove = useDeleteTeam()
  const columns = useMemo(
    () => [
      columnHelper.accessor("name", {
        header: "Name",
        cell: ({ row }) => (
          <span className="flex items-center gap-x-2">
            <span className="size-2.5 rounded-full" style={{ backgroundColor: row.original.color || "#94a3b8" }} />
            {row.original.name}
          </span>
        ),
      }),
      columnHelper.accessor("description", { header: "Description", cell: ({ getValue }) => getValue() || "–" }),
      columnHelper.display({
        id: "actions",
        cell: ({ row }) => (
          <RowActions
            label={`team "${row.original.name}"`}
            consequence="Its technicians stay, without a team."
            onEdit={() => setEditing({ open: true, team: row.original })}
            onDelete={() => remove.mutateAsync(row.original.id)}
            testId="team-actions"
          />
        ),
      }),
    ],
    [remove]
  )
  return (
    <>
      <CrudSection
        title="Teams"
        description="Groups of technicians; the dispatch board can show one team."
        createLabel="Create team"
        testId="team"
        columns={columns}
        rows={data?.dispatch_teams ?? []}
        count={data?.count ?? 0}
        isLoading={isLoading}
        list={list}
        onCreate={() => setEditing({ open: true, team: null })}
        onRowClick={(team) => setEditing({ open: true, team })}
        empty={{ heading: "No teams", description: "Create teams to plan groups of technicians together." }}
      />
      <TeamDrawer open={editing.open} onOpenChange={(open) => setEditing((e) => ({ ...e, open }))} team={editing.team} />
    </>
  )
}
