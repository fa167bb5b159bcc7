import { MedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

/**
 * Checks that a deep page by key (`after`, a value of the unique `key`) can be served: the rows
 * after the cursor, which the key's index reaches directly where an offset reads and drops every
 * row before the page. 400 unless the list is ordered by that key alone and starts at offset 0.
 */
export function assertKeysetPaging(req: MedusaRequest, key: string): void {
  const { order = {}, skip = 0 } = req.queryConfig.pagination
  const direction = Object.keys(order).length === 1 ? (order as Record<string, string>)[key] : undefined
  if (!direction) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `after pages by ${key}: give order=${key} or order=-${key}`)
  }
  if (skip) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "after replaces offset: give one of them")
  }
}
