import { createDataTableColumnHelper } from "@medusajs/ui"
import { currentVersion, validityText, variantOptionText, versionLabel } from "../../lib/bom-format"
import { useBoms } from "../../lib/hooks/boms"
import type { Bom } from "../../../types"
import { ListPage, useListTable } from "../list-page"
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
  const list = useListTable({ columns, rowPath: (row) => `/boms/${row.id}` })
  const query = useBoms({ ...list.paging, order: "name" })
  const table = list.useTable(query, query.data?.boms)

  return (
    <ListPage
      testId="boms-section"
      title="BOMs"
      description="Bills of materials of your products, in versions with validity dates."
      create={{
        permission: "settings.write",
        testId: "create-bom-button",
        label: "Create BOM",
        drawer: (drawer) => <BomDrawer {...drawer} bom={null} />,
      }}
      table={table}
      query={query}
      searchPlaceholder="Search BOMs by name"
      noun="BOMs"
      empty={{ heading: "No BOMs", description: "Create a BOM to record which parts a product is built from." }}
      filtered={{ heading: "No results", description: "No BOM matches the search." }}
    />
  )
}
