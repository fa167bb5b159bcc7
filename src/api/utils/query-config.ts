import { BaseEntity, QueryConfig } from "@medusajs/framework/types"

/** A resource's query configs: the detail's default fields and the list's (same or shorter), paged by `defaultLimit`. */
export type ResourceQueryConfigs = { list: QueryConfig<BaseEntity>; retrieve: QueryConfig<BaseEntity> }

/**
 * The list and detail query configs of a resource. `listFields` when the list shows fewer fields
 * than the detail; `allowed` for store routes, a strict allowlist of full paths for `fields=`.
 */
export const queryConfigs = (
  fields: string[],
  opts: { defaultLimit: number; listFields?: string[]; allowed?: string[] }
): ResourceQueryConfigs => {
  const allowed = opts.allowed ? { allowed: opts.allowed } : {}
  return {
    list: { defaults: opts.listFields ?? fields, defaultLimit: opts.defaultLimit, isList: true, ...allowed },
    retrieve: { defaults: fields, isList: false, ...allowed },
  }
}

/** The config of a GET whose route computes its own answer (no default fields to select). */
export const NO_FIELDS: QueryConfig<BaseEntity> = { defaults: [], isList: false }
