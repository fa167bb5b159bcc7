import { Badge, createDataTableColumnHelper } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { useDeleteTechnician, useTechnicians } from "../../lib/hooks/technicians"
import { technicianName, type TechnicianDetail } from "../../lib/dispatch-types"
import { CrudSection, RowActions, useListState } from "./crud-section"
import { TechnicianDrawer } from "./technician-drawer"
import { userLabel } from "./user-picker"
import { ActiveBadge } from "../badges"

const columnHelper = createDataTableColumnHelper<TechnicianDetail>()

/** Settings › Service › Technicians. */
export const TechniciansSection = () => {
  const list = useListState()
  const [editing, setEditing] = useState<{ open: boolean; technician: TechnicianDetail | null }>({ open: false, technician: null })
  const { data, isLoading } = useTechnicians({ ...list.params, order: "first_name" })
  const remove = useDeleteTechnician()
  const columns = useMemo(
    () => [
      columnHelper.display({
        id: "name",
        header: "Name",
        cell: ({ row }) => (
          <span className="flex items-center gap-x-2">
            <span className="size-2.5 rounded-full" style={{ backgroundColor: row.original.color || "#94a3b8" }} />
            {technicianName(row.original)}
          </span>
        ),
      }),
      columnHelper.display({ id: "team", header: "Team", cell: ({ row }) => row.original.team?.name ?? "–" }),
      columnHelper.display({ id: "user", header: "Admin user", cell: ({ row }) => userLabel(row.original.user) ?? "–" }),
      columnHelper.accessor("skills", {
        header: "Skills",
        cell: ({ getValue }) => (
          <div className="flex flex-wrap gap-1">
            {(getValue() ?? []).length
              ? (getValue() ?? []).map((s) => (
                  <Badge key={s} size="2xsmall">
                    {s}
                  </Badge>
                ))
              : "–"}
          </div>
        ),
      }),
      columnHelper.accessor("timezone", { header: "Time zone" }),
      columnHelper.accessor("is_active", {
        header: "Status",
        cell: ({ getValue }) => <ActiveBadge active={getValue()} />,
      }),
      columnHelper.display({
        id: "actions",
        cell: ({ row }) => (
          <RowActions
            label={`technician ${technicianName(row.original)}`}
            consequence="Their past assignments stay on the orders; they leave the board."
            onEdit={() => setEditing({ open: true, technician: row.original })}
            onDelete={() => remove.mutateAsync(row.original.id)}
            testId="technician-actions"
          />
        ),
      }),
    ],
    [remove]
  )
  return (
    <>
      <CrudSection
        title="Technicians"
        description="The people the dispatch board plans, with their hours, skills and absences."
        createLabel="Create technician"
        testId="technician"
        columns={columns}
        rows={data?.technicians ?? []}
        count={data?.count ?? 0}
        isLoading={isLoading}
        list={list}
        onCreate={() => setEditing({ open: true, technician: null })}
        onRowClick={(technician) => setEditing({ open: true, technician })}
        empty={{ heading: "No technicians", description: "Create technicians to plan work on the dispatch board." }}
      />
      <TechnicianDrawer
        open={editing.open}
        onOpenChange={(open) => setEditing((e) => ({ ...e, open }))}
        technician={editing.technician}
      />
    </>
  )
}
