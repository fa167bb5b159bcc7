import { Knex } from "@medusajs/framework/mikro-orm/knex"

/**
 * Real path parameters for the fuzzer, read from the demo seed: per route prefix (matcher form),
 * one row with a column per parameter, parents taken from the child so nested routes stay valid.
 * A route's parameters come from the longest prefix here that names all of them; a route with a
 * parameter no prefix names has no fuzz coverage (the route inventory test fails for it).
 */
export const FIXTURE_QUERIES: Record<string, string> = {
  "/admin/service-orders/:id": `select o.id from service_order o join service_stage s on s.id = o.stage_id
     where o.deleted_at is null and not s.is_terminal and not s.is_cancellation order by o.created_at limit 1`,
  "/admin/service-orders/:id/lines/:line_id": `select l.service_order_id as id, l.id as line_id from service_order_line l
     join service_order o on o.id = l.service_order_id join service_stage s on s.id = o.stage_id
     where l.deleted_at is null and not s.is_terminal and not s.is_cancellation order by l.created_at limit 1`,
  "/admin/service-orders/:id/repair-lines/:rid": `select service_order_id as id, id as rid from service_repair_line
     where deleted_at is null order by created_at limit 1`,
  "/admin/service-orders/:id/assignments/:assignment_id": `select service_order_id as id, id as assignment_id
     from service_assignment where deleted_at is null order by created_at limit 1`,
  "/admin/service-objects/:id": `select id from service_object where deleted_at is null order by created_at limit 1`,
  "/admin/service-tasks/:id": `select id from service_task where deleted_at is null order by created_at limit 1`,
  "/admin/service-stages/:id": `select id from service_stage where deleted_at is null order by position limit 1`,
  "/admin/service-stages/:id/reasons/:reason_id": `select stage_id as id, id as reason_id from service_stage_reason
     where deleted_at is null order by created_at limit 1`,
  "/admin/service-level-agreements/:id": `select id from service_level_agreement where deleted_at is null order by created_at limit 1`,
  "/admin/service-agreements/:id": `select id from service_agreement where deleted_at is null order by created_at limit 1`,
  "/admin/service-agreements/:id/lines/:line_id": `select agreement_id as id, id as line_id from service_agreement_line
     where deleted_at is null order by created_at limit 1`,
  "/admin/repair-codes/:id": `select id from service_repair_code where deleted_at is null order by created_at limit 1`,
  "/admin/boms/:id": `select id from service_bom where deleted_at is null order by created_at limit 1`,
  "/admin/boms/:id/versions/:vid": `select bom_id as id, id as vid from service_bom_version
     where deleted_at is null order by created_at limit 1`,
  "/admin/boms/:id/versions/:vid/components/:cid": `select v.bom_id as id, v.id as vid, c.id as cid
     from service_bom_component c join service_bom_version v on v.id = c.version_id
     where c.deleted_at is null order by c.created_at limit 1`,
  "/admin/skills/:id": `select id from service_skill where deleted_at is null order by created_at limit 1`,
  "/admin/dispatch-teams/:id": `select id from service_dispatch_team where deleted_at is null order by created_at limit 1`,
  "/admin/technicians/:id": `select id from service_technician where deleted_at is null order by created_at limit 1`,
  "/admin/technicians/:id/absences/:absence_id": `select technician_id as id, id as absence_id from service_technician_absence
     where deleted_at is null order by created_at limit 1`,
  "/admin/service-returns/:id": `select id from service_return where deleted_at is null order by created_at limit 1`,
  "/admin/service-roles/:user_id": `select user_id from service_role where deleted_at is null order by created_at limit 1`,
  "/admin/subscription-groups/:id": `select id from service_subscription_group where deleted_at is null order by created_at limit 1`,
  "/admin/service-subscriptions/:id": `select id from service_subscription where deleted_at is null order by created_at limit 1`,
  "/admin/subscription-billing-runs/:id": `select id from service_billing_run where deleted_at is null order by created_at limit 1`,
  "/admin/warranty-terms/:id": `select id from service_warranty_term where deleted_at is null order by created_at limit 1`,
  "/store/service-objects/:id": `select id from service_object where deleted_at is null and customer_id = :customer_id
     order by created_at limit 1`,
  "/store/service-orders/:id": `select id from service_order where deleted_at is null and customer_id = :customer_id
     order by created_at limit 1`,
  "/store/service-returns/:id": `select id from service_return where deleted_at is null and customer_id = :customer_id
     order by created_at limit 1`,
}

const params = (matcher: string) => [...matcher.matchAll(/:([a-z_]+)/g)].map((m) => m[1])

/** The fixture prefix that gives a route (matcher form) all its parameters, or undefined. */
export function fixtureKeyFor(matcher: string): string | undefined {
  const wanted = params(matcher)
  if (!wanted.length) {
    return undefined
  }
  return Object.keys(FIXTURE_QUERIES)
    .filter((key) => matcher === key || matcher.startsWith(`${key}/`))
    .filter((key) => wanted.every((p) => params(key).includes(p)))
    .sort((a, b) => b.length - a.length)[0]
}

/** Runs every fixture query once: prefix → { param: id }. A query that finds no row is left out. */
export async function loadFixtures(pg: Knex, customerId: string) {
  const found: Record<string, Record<string, string>> = {}
  for (const [key, sql] of Object.entries(FIXTURE_QUERIES)) {
    const { rows } = await pg.raw(sql.replace(":customer_id", "?"), sql.includes(":customer_id") ? [customerId] : [])
    if (rows[0]) {
      found[key] = rows[0]
    }
  }
  return found
}
