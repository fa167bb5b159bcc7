import { createDataTableColumnHelper } from "@medusajs/ui"
import { useMemo } from "react"
import { useDeleteSkill, useSkills } from "../../lib/hooks/skills"
import type { Skill } from "../../lib/dispatch-types"
import { CatalogSection, useEditing, useListState } from "../catalog-section"
import { CodeCell } from "../catalog-cells"
import { RowActions } from "../row-actions"
import { SkillDrawer } from "./skill-drawer"

const columnHelper = createDataTableColumnHelper<Skill>()

/** Settings › Service › Skills. */
export const SkillsSection = () => {
  const list = useListState()
  const editing = useEditing<Skill>()
  const query = useSkills({ ...list.params, order: "code" })
  const remove = useDeleteSkill()
  const columns = useMemo(
    () => [
      columnHelper.accessor("code", { header: "Code", cell: ({ getValue }) => <CodeCell code={getValue()} /> }),
      columnHelper.accessor("name", { header: "Name" }),
      columnHelper.accessor("description", { header: "Description", cell: ({ getValue }) => getValue() || "–" }),
      columnHelper.display({
        id: "actions",
        cell: ({ row }) => (
          <RowActions
            label={`skill "${row.original.name}"`}
            consequence="Technicians and tasks keep the code; it is no longer offered."
            onEdit={() => editing.edit(row.original)}
            onDelete={() => remove.mutateAsync(row.original.id)}
            testId="skill-actions"
            permission="technicians.write"
          />
        ),
      }),
    ],
    [remove, editing.edit]
  )
  return (
    <CatalogSection
      title="Skills"
      description="What technicians can do; service tasks name the skills they require."
      createLabel="Create skill"
      testId="skill"
      permission="technicians.write"
      columns={columns}
      query={query}
      rows={query.data?.skills}
      list={list}
      onCreate={editing.create}
      onRowClick={editing.edit}
      empty={{ heading: "No skills", description: "Create skills to match technicians with the work." }}
    >
      <SkillDrawer open={editing.open} onOpenChange={editing.onOpenChange} skill={editing.record} />
    </CatalogSection>
  )
}
