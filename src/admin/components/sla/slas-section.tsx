import { createDataTableColumnHelper, StatusBadge } from "@medusajs/ui"
import { formatMinutes } from "../../lib/sla-format"
import { useDeleteServiceLevelAgreement, useServiceLevelAgreements } from "../../lib/hooks/slas"
import type { ServiceLevelAgreement } from "../../../types"
import { ActiveBadge } from "../badges"
import { CatalogSection, useListState } from "../catalog-section"
import { BadgeList, CodeCell } from "../catalog-cells"
import { SlaDrawer } from "./sla-drawer"

const columnHelper = createDataTableColumnHelper<ServiceLevelAgreement>()
const columns = [
  columnHelper.accessor("code", { header: "Code", cell: ({ getValue }) => <CodeCell code={getValue()} /> }),
  columnHelper.accessor("name", { header: "Name" }),
  columnHelper.accessor("response_minutes", { header: "Response", cell: ({ getValue }) => formatMinutes(getValue()) }),
  columnHelper.accessor("resolution_minutes", { header: "Resolution", cell: ({ getValue }) => formatMinutes(getValue()) }),
  columnHelper.accessor("timezone", { header: "Time zone" }),
  columnHelper.display({
    id: "groups",
    header: "Customer groups",
    cell: ({ row }) => (
      <BadgeList
        items={(row.original.customer_groups ?? []).map((g) => ({ key: g.id, label: g.customer_group?.name ?? g.customer_group_id }))}
      />
    ),
  }),
  columnHelper.accessor("is_default", {
    header: "Default",
    cell: ({ getValue }) => (getValue() ? <StatusBadge color="blue">Default</StatusBadge> : "–"),
  }),
  columnHelper.accessor("is_active", { header: "Status", cell: ({ getValue }) => <ActiveBadge active={getValue()} /> }),
]

/** Settings › Service › SLAs: targets, calendars, customer groups and the default. */
export const SlasSection = () => {
  const list = useListState()
  const query = useServiceLevelAgreements({ ...list.params, order: "code" })
  const remove = useDeleteServiceLevelAgreement()
  return (
    <CatalogSection
      title="Service level agreements"
      description="Response and resolution targets in business time, on each SLA's own calendar."
      createLabel="Create SLA"
      testId="sla"
      permission="slas.write"
      columns={columns}
      query={query}
      rows={query.data?.service_level_agreements}
      list={list}
      empty={{ heading: "No SLAs", description: "Create an SLA to give orders response and resolution targets." }}
      rowActions={{
        label: (sla) => `SLA "${sla.name}"`,
        consequence: "Orders that already have it keep their due times and log.",
        onDelete: (sla) => remove.mutateAsync(sla.id),
      }}
      drawer={(editing) => <SlaDrawer open={editing.open} onOpenChange={editing.onOpenChange} sla={editing.record} />}
    />
  )
}
