import { createDataTableColumnHelper } from "@medusajs/ui"
import { useDeleteSkill, useSkills } from "../../lib/hooks/skills"
import type { Skill } from "../../lib/dispatch-types"
import { CatalogSection, useListState } from "../catalog-section"
import { CodeCell } from "../catalog-cells"
import { SkillDrawer } from "./skill-drawer"

const columnHelper = createDataTableColumnHelper<Skill>()
const columns = [
  columnHelper.accessor("code", { header: "Code", cell: ({ getValue }) => <CodeCell code={getValue()} /> }),
  columnHelper.accessor("name", { header: "Name" }),
  columnHelper.accessor("description", { header: "Description", cell: ({ getValue }) => getValue() || "–" }),
]

/** Settings › Service › Skills. */
export const SkillsSection = () => {
  const list = useListState()
  const query = useSkills({ ...list.params, order: "code" })
  const remove = useDeleteSkill()
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
      empty={{ heading: "No skills", description: "Create skills to match technicians with the work." }}
      rowActions={{
        label: (skill) => `skill "${skill.name}"`,
        consequence: "Technicians and tasks keep the code; it is no longer offered.",
        onDelete: (skill) => remove.mutateAsync(skill.id),
      }}
      drawer={(editing) => <SkillDrawer open={editing.open} onOpenChange={editing.onOpenChange} skill={editing.record} />}
    />
  )
}
