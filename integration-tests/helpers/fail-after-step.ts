import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { MedusaContainer } from "@medusajs/framework/types"
import { WorkflowManager } from "@medusajs/framework/orchestration"

type FlowNode = { action?: string; next?: FlowNode | FlowNode[] }

/** The action that runs right after `stepId` in the workflow's registered flow. */
function nextAction(flow: FlowNode, stepId: string): string | undefined {
  const nodes = (n?: FlowNode | FlowNode[]) => (Array.isArray(n) ? n : n ? [n] : [])
  const stack = nodes(flow)
  while (stack.length) {
    const node = stack.pop()!
    if (node.action === stepId) {
      return nodes(node.next)[0]?.action
    }
    stack.push(...nodes(node.next))
  }
  return undefined
}

/**
 * Makes the step that follows `stepId` (an exported step id) in workflow `workflowId` throw, by
 * replacing its handler in Medusa's WorkflowManager, so every step up to `stepId` has written and
 * must be compensated. Returns the name of the failing step and a `restore()`.
 */
export function failAfterStep(workflowId: string, stepId: string) {
  const workflow = WorkflowManager.getWorkflow(workflowId) as { flow_: FlowNode; handlers_: Map<string, { invoke: unknown }> }
  const failing = nextAction(workflow.flow_, stepId)
  const handler = failing ? workflow.handlers_.get(failing) : undefined
  if (!failing || !handler) {
    throw new Error(`No step follows ${stepId} in workflow ${workflowId}`)
  }
  const original = handler.invoke
  handler.invoke = async () => {
    // A MedusaError, so the API answers with its message (a plain Error is "An unknown error occurred").
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Injected failure after ${stepId} (in ${failing})`)
  }
  return { failing, restore: () => void (handler.invoke = original) }
}

/**
 * Every table's live rows (without `deleted_at`), as a digest per table, ignoring `updated_at`:
 * two snapshots are equal only if no row was added, removed or changed.
 */
export async function databaseSnapshot(container: MedusaContainer) {
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows: tables } = await pg.raw(
    `SELECT table_name, bool_or(column_name = 'deleted_at') AS soft FROM information_schema.columns
     WHERE table_schema = 'public' GROUP BY table_name ORDER BY table_name`
  )
  const snapshot: Record<string, string> = {}
  for (const { table_name, soft } of tables as { table_name: string; soft: boolean }[]) {
    const { rows } = await pg.raw(
      `SELECT count(*)::int AS n, md5(coalesce(string_agg(r.j, '|' ORDER BY r.j), '')) AS digest
       FROM (SELECT (to_jsonb(t) - 'updated_at' - 'deleted_at')::text AS j FROM ?? t ${soft ? "WHERE t.deleted_at IS NULL" : ""}) r`,
      [table_name]
    )
    snapshot[table_name] = `${rows[0].n} ${rows[0].digest}`
  }
  return snapshot
}

/** The tables whose live rows differ between two snapshots, with before → after. */
export function snapshotDifferences(before: Record<string, string>, after: Record<string, string>) {
  return Object.keys({ ...before, ...after })
    .filter((t) => before[t] !== after[t])
    .map((t) => `${t}: ${before[t]} → ${after[t]}`)
}
