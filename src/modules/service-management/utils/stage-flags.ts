import { z } from "@medusajs/framework/zod"
import { StageFlag } from "../../../types"

/** The given stage flags as optional booleans: the shape stage options and stage bodies share. */
export function stageFlagFields<F extends StageFlag>(flags: readonly F[]) {
  return Object.fromEntries(flags.map((flag) => [flag, z.boolean().optional()])) as { [K in F]: z.ZodOptional<z.ZodBoolean> }
}
