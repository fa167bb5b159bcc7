import { AdditionalData } from "@medusajs/framework/types"

/**
 * A workflow's input without `additional_data`, which is for its hooks: a prepare step that
 * turns its input into a row then never writes it.
 */
export function withoutAdditionalData<T extends AdditionalData>({ additional_data, ...rest }: T): Omit<T, "additional_data"> {
  return rest
}
