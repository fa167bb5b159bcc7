import { createDataTableColumnHelper } from "@medusajs/ui"
import { useMemo } from "react"
import { formatMoney } from "../../lib/format"
import { useStoreCurrency } from "../../lib/hooks/store"
import { useDeleteServiceTask, useServiceTasks } from "../../lib/hooks/tasks"
import type { ServiceTask } from "../../lib/types"
import type { Amount } from "../../../types"
import { ActiveBadge } from "../badges"
import { CatalogSection, useListState } from "../catalog-section"
import { BadgeList, CodeCell } from "../catalog-cells"
import { TaskDrawer } from "./task-drawer"

const columnHelper = createDataTableColumnHelper<ServiceTask>()

/** Settings › Service › Service tasks: the catalogue of work. */
export const TasksSection = () => {
  const list = useListState()
  const query = useServiceTasks({ ...list.params, order: "name" })
  const { data: currency } = useStoreCurrency()
  const remove = useDeleteServiceTask()

  const columns = useMemo(() => {
    const money = (amount: Amount | null | undefined) => (amount === null || amount === undefined ? "–" : formatMoney(amount, currency))
    return [
      columnHelper.accessor("code", { header: "Code", cell: ({ getValue }) => <CodeCell code={getValue()} /> }),
      columnHelper.accessor("name", { header: "Name" }),
      columnHelper.accessor("default_duration_minutes", {
        header: "Duration",
        cell: ({ getValue }) => (getValue() ? `${getValue()} min` : "–"),
      }),
      columnHelper.accessor("default_unit_price", { header: "Unit price", cell: ({ getValue }) => money(getValue()) }),
      columnHelper.accessor("default_unit_cost", { header: "Unit cost", cell: ({ getValue }) => money(getValue()) }),
      columnHelper.accessor("required_skills", {
        header: "Skills",
        cell: ({ getValue }) => <BadgeList items={(getValue() ?? []).map((s) => ({ key: s, label: s }))} />,
      }),
      columnHelper.accessor("is_active", { header: "Status", cell: ({ getValue }) => <ActiveBadge active={getValue()} /> }),
    ]
  }, [currency])

  return (
    <CatalogSection
      title="Service tasks"
      description="The work you perform, with default duration, price and cost."
      createLabel="Create task"
      testId="task"
      permission="settings.write"
      columns={columns}
      query={query}
      rows={query.data?.service_tasks}
      list={list}
      empty={{ heading: "No service tasks", description: "Create the tasks you offer to use them on lines." }}
      rowActions={{
        label: (task) => `task "${task.name}"`,
        consequence: "Lines that used it keep their description, price and cost.",
        onDelete: (task) => remove.mutateAsync(task.id),
      }}
      drawer={(editing) => <TaskDrawer open={editing.open} onOpenChange={editing.onOpenChange} task={editing.record} currencyCode={currency} />}
    />
  )
}
