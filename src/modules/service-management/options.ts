import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { DEFAULT_STAGES } from "./default-stages"

const StageSeed = z.object({
  code: z.string().regex(/^[a-z][a-z0-9_]*$/),
  name: z.string().min(1),
  description: z.string().optional(),
  position: z.number().int(),
  color: z.string().optional(),
  is_initial: z.boolean().optional(),
  is_terminal: z.boolean().optional(),
  is_cancellation: z.boolean().optional(),
  allow_edit_lines: z.boolean().optional(),
  allow_add_repair_lines: z.boolean().optional(),
  allow_assign: z.boolean().optional(),
  allow_post: z.boolean().optional(),
  allow_customer_cancel: z.boolean().optional(),
  customer_visible: z.boolean().optional(),
  requires_reason: z.boolean().optional(),
  next_stage_codes: z.array(z.string()),
  reasons: z.array(z.object({ code: z.string(), label: z.string() })).optional(),
})
export type StageSeed = z.infer<typeof StageSeed>

/** The plugin's options, as given under `plugins: [{ resolve, options }]`. Validated at start-up. */
export const ServiceManagementOptionsSchema = z
  .object({
    numberPrefixes: z
      .object({ serviceOrder: z.string().max(10).default("SO-") })
      .strict()
      .default({ serviceOrder: "SO-" }),
    numberPadding: z.number().int().min(1).max(12).default(6),
    defaultCurrencyCode: z.string().length(3).toLowerCase().default("usd"),
    defaultStages: z.array(StageSeed).min(1).default(DEFAULT_STAGES),
  })
  // Unknown keys are allowed so options of later features and of the host do not break start-up.
  .passthrough()

export type ServiceManagementOptions = z.input<typeof ServiceManagementOptionsSchema>
export type ResolvedServiceManagementOptions = z.output<typeof ServiceManagementOptionsSchema>

export function resolveOptions(options: unknown): ResolvedServiceManagementOptions {
  const parsed = ServiceManagementOptionsSchema.safeParse(options ?? {})
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`)
    throw new MedusaError(
      MedusaError.Types.INVALID_ARGUMENT,
      `Invalid options for medusa-plugin-service-management: ${issues.join("; ")}`
    )
  }
  const stages = parsed.data.defaultStages
  const codes = new Set(stages.map((s) => s.code))
  for (const s of stages) {
    const unknown = s.next_stage_codes.filter((c) => !codes.has(c))
    if (unknown.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_ARGUMENT,
        `Invalid options for medusa-plugin-service-management: stage "${s.code}" names unknown next stages ${unknown.join(", ")}`
      )
    }
  }
  if (stages.filter((s) => s.is_initial).length !== 1) {
    throw new MedusaError(
      MedusaError.Types.INVALID_ARGUMENT,
      "Invalid options for medusa-plugin-service-management: defaultStages needs exactly one stage with is_initial"
    )
  }
  return parsed.data
}
