import { createDataTableColumnHelper } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { useDeleteSkill, useSkills } from "../../lib/hooks/skills"
import type { Skill } from "../../lib/dispatch-types"
import { CrudSection, RowActions, useListState } from "./crud-section"
import { SkillDrawer } from "./skill-drawer"

const columnHelper = createDataTableColumnHelper<Skill>()

/** Settings › Service › Skills. */
export const SkillsSection = () => {
  const list = useListState()
  const [editing, setEditing] = useState<{ open: boolean; skill: Skill | null }>({ open: false, skill: null })
  const { data, isLoading } = useSkills({ ...list.params, order: "code" })
  const remove = useDeleteSkill()
  const columns = useMemo(
    () => [
      columnHelper.accessor("code", { header: "Code", cell: ({ getValue }) => <code className="txt-compact-xsmall">{getValue()}</code> }),
      columnHelper.accessor("name", { header: "Name" }),
      columnHelper.accessor("description", { header: "Description", cell: ({ getValue }) => getValue() || "–" }),
      columnHelper.display({
        id: "actions",
        cell: ({ row }) => (
          <RowActions
            label={`skill "${row.original.name}"`}
            consequence="Technicians and tasks keep the code; it is no longer offered."
            onEdit={() => setEditing({ open: true, skill: row.original })}
            onDelete={() => remove.mutateAsync(row.original.id)}
            testId="skill-actions"
          />
        ),
      }),
    ],
    [remove]
  )
  return (
    <>
      <CrudSection
        title="Skills"
        description="What technicians can do; service tasks name the skills they require."
        createLabel="Create skill"
        testId="skill"
        columns={columns}
        rows={data?.skills ?? []}
        count={data?.count ?? 0}
        isLoading={isLoading}
        list={list}
        onCreate={() => setEditing({ open: true, skill: null })}
        onRowClick={(skill) => setEditing({ open: true, skill })}
        empty={{ heading: "No skills", description: "Create skills to match technicians with the work." }}
      />
      <SkillDrawer open={editing.open} onOpenChange={(open) => setEditing((e) => ({ ...e, open }))} skill={editing.skill} />
    </>
  )
}
