import { Button, Container, createDataTableColumnHelper, DataTable } from "@medusajs/ui"
import { useState } from "react"
import { currentVersion, validityText, variantOptionText, versionLabel } from "../../lib/bom-format"
import { useBoms } from "../../lib/hooks/boms"
import type { Bom } from "../../lib/bom-types"
import { Can } from "../can"
import { DataTableBody } from "../data-table-body"
import { ListHeader, ListToolbar, useListTable } from "../list-page"
import { BomDrawer } from "./bom-drawer"

const columnHelper = createDataTableColumnHelper<Bom>()

const variantTitle = ({ variant_id, variant }: Bom) => (!variant_id ? "All variants" : variant ? variantOptionText(variant) : variant_id)

const columns = [
  columnHelper.accessor("name", { header: "Name" }),
  columnHelper.accessor("product_id", { header: "Product", cell: ({ row }) => row.original.product?.title ?? row.original.product_id }),
  columnHelper.accessor("variant_id", { header: "Variant", cell: ({ row }) => variantTitle(row.original) }),
  columnHelper.display({ id: "versions", header: "Versions", cell: ({ row }) => row.original.versions?.length ?? 0 }),
  columnHelper.display({
    id: "current",
    header: "Current version",
    cell: ({ row }) => {
      const current = currentVersion(row.original.versions ?? [])
      return current ? `${versionLabel(current)} · ${validityText(current)}` : "None approved"
    },
  }),
]

/** Settings › Service › BOMs: the bills of materials of products; a row opens the BOM editor. */
export const BomsSection = () => {
  const [createOpen, setCreateOpen] = useState(false)
  const list = useListTable({ columns, rowPath: (row) => `/boms/${row.id}` })
  const { data, isLoading, isError, error } = useBoms({ ...list.paging, order: "name" })
  const table = list.useTable({ rows: data?.boms, count: data?.count, isLoading })

  return (
    <Container className="divide-y p-0" data-testid="boms-section">
      <ListHeader title="BOMs" description="Bills of materials of your products, in versions with validity dates.">
        <Can permission="settings.write">
          <Button size="small" variant="secondary" onClick={() => setCreateOpen(true)} data-testid="create-bom-button">
            Create BOM
          </Button>
        </Can>
      </ListHeader>
      <DataTable instance={table}>
        <ListToolbar searchPlaceholder="Search BOMs by name">{null}</ListToolbar>
        <DataTableBody
          noun="BOMs"
          isError={isError}
          error={error}
          empty={{ heading: "No BOMs", description: "Create a BOM to record which parts a product is built from." }}
          filtered={{ heading: "No results", description: "No BOM matches the search." }}
        />
      </DataTable>
      <BomDrawer open={createOpen} onOpenChange={setCreateOpen} bom={null} />
    </Container>
  )
}
