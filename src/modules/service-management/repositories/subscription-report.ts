import { SubscriptionReportGroup } from "../../../types/enums"
import { ReportRepository, ReportSql, Where } from "./common/report"
import { placeholders } from "./common/sql"


export type SubscriptionReportFilters = {
  group_by: SubscriptionReportGroup
  /** Fee periods starting from (inclusive) … to (exclusive); for `month`, the months shown. */
  from?: Date
  to?: Date
  subscription_id?: string[]
  customer_id?: string[]
  group_id?: string[]
  status?: string[]
  currency_code?: string[]
  now: Date
}

const GROUPS: Record<Exclude<SubscriptionReportGroup, "transaction" | "month">, { key: string; label: string; order: string }> = {
  subscription: { key: "subscription_id", label: "max(subscription_number || ' ' || description)", order: "label, key, currency_code" },
  group: { key: "group_id", label: "max(group_name)", order: "label NULLS FIRST, key NULLS FIRST, currency_code" },
  customer: { key: "customer_id", label: "customer_id", order: "key, currency_code" },
}

// A subscription's recurring revenue per month: its amount per period spread over the months of
// the period (RRULE schedules over the average length of their billed periods).
// (The RRULE averages are joined from the few RRULE subscriptions' fees, not a subquery per row,
// whose estimated cost would make Postgres JIT-compile the whole report.)
const CALENDAR_FREQUENCIES = "'monthly', 'quarterly', 'yearly'"
const MONTHLY_RATE = `CASE s.frequency WHEN 'monthly' THEN s.amount WHEN 'quarterly' THEN s.amount / 3 WHEN 'yearly' THEN s.amount / 12
  ELSE s.amount * 30.4375 / nullif(rr.period_days, 0) END`
const RRULE_PERIODS = `LEFT JOIN (
    SELECT x.subscription_id, avg(x.period_days) AS period_days FROM service_subscription_fee_transaction x
    JOIN service_subscription rs ON rs.id = x.subscription_id AND rs.frequency NOT IN (${CALENDAR_FREQUENCIES})
    WHERE x.deleted_at IS NULL GROUP BY x.subscription_id) rr ON rr.subscription_id = s.id`

/** The first instants (UTC) of the months from `from`'s to the one before `to`. */
export function monthStarts(from: Date, to: Date): Date[] {
  const months: Date[] = []
  const last = new Date(to.getTime() - 1)
  for (let m = Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), 1); m <= last.getTime(); ) {
    months.push(new Date(m))
    const d = new Date(m)
    m = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1)
  }
  return months
}

// Whether subscription `s` is billed on day `d` (the month's last day): started, not ended or
// cancelled, not inside a pause ({from, to}: first paused day … first day billed again).
const BILLED_ON = (d: string) => `s.start_date < ${d} + interval '1 day'
  AND (s.end_date IS NULL OR s.end_date >= ${d})
  AND (s.cancel_from IS NULL OR s.cancel_from > ${d})
  AND NOT EXISTS (SELECT 1 FROM jsonb_array_elements(CASE WHEN jsonb_typeof(s.pauses) = 'array' THEN s.pauses ELSE '[]'::jsonb END) p
                  WHERE (p->>'from')::timestamptz <= ${d} AND (p->>'to' IS NULL OR (p->>'to')::timestamptz > ${d}))`

/**
 * Subscription fees (billed, pending, credited, with the Medusa order each was invoiced on) per
 * transaction, subscription, group or customer; and per month the recurring revenue (MRR) with
 * its movement — new, expansion, contraction, churn, reactivation — per currency.
 */
export class SubscriptionReportRepository extends ReportRepository<SubscriptionReportFilters> {
  protected readonly numberColumns = [
    "transactions",
    "billed",
    "pending",
    "credited",
    "net_billed",
    "mrr",
    "new",
    "expansion",
    "contraction",
    "churn",
    "reactivation",
    "customers",
  ]

  build(f: SubscriptionReportFilters): ReportSql {
    return f.group_by === "month" ? this.mrr(f) : this.fees(f)
  }

  private subscriptionFilter(alias: string) {
    return new Where(`${alias}.deleted_at IS NULL`)
  }

  private fees(f: SubscriptionReportFilters): ReportSql {
    const where = this.subscriptionFilter("ft")
      .add(f.from, "ft.period_start >= ?", f.from)
      .add(f.to, "ft.period_start < ?", f.to)
      .in("ft.subscription_id", f.subscription_id)
      .in("ft.customer_id", f.customer_id)
      .in("s.group_id", f.group_id)
      .in("ft.status::text", f.status)
      .in("ft.currency_code", f.currency_code)
    const base = `
      SELECT ft.id, ft.subscription_id, s.number AS subscription_number, s.description, ft.customer_id, s.group_id,
             g.name AS group_name, ft.currency_code, ft.period_start, ft.period_end, ft.status, ft.order_id, ft.invoiced_at,
             CASE WHEN ft.status <> 'pending' THEN ft.amount ELSE 0 END AS billed,
             CASE WHEN ft.status = 'pending' THEN ft.amount ELSE 0 END AS pending,
             coalesce(ft.credit_amount, 0) AS credited
      FROM service_subscription_fee_transaction ft
      JOIN service_subscription s ON s.id = ft.subscription_id
      LEFT JOIN service_subscription_group g ON g.id = s.group_id
      WHERE ${where}`
    const measures = `count(*)::int AS transactions, sum(billed) AS billed, sum(pending) AS pending, sum(credited) AS credited,
      sum(billed) - sum(credited) AS net_billed`
    // Each fee is in one group of its currency (one row per fee, subscription, group or customer):
    // the totals are the groups' sums, from the same pass.
    const totals = {
      fromRows: `SELECT currency_code, sum(transactions)::int AS transactions, sum(billed) AS billed, sum(pending) AS pending,
                   sum(credited) AS credited, sum(net_billed) AS net_billed FROM r GROUP BY currency_code ORDER BY currency_code`,
    }
    if (f.group_by === "transaction") {
      // A listing: its page in period order from the period index, its count and totals per
      // currency from one aggregate over the fees alone (index-only over the period range: the
      // index carries the columns summed), joining the subscription only for a group filter.
      const fees = this.subscriptionFilter("ft")
        .add(f.from, "ft.period_start >= ?", f.from)
        .add(f.to, "ft.period_start < ?", f.to)
        .in("ft.subscription_id", f.subscription_id)
        .in("ft.customer_id", f.customer_id)
        .add(f.group_id, `ft.subscription_id IN (SELECT gs.id FROM service_subscription gs WHERE gs.group_id IN (${placeholders(f.group_id ?? [])}))`, ...(f.group_id ?? []))
        .in("ft.status::text", f.status)
        .in("ft.currency_code", f.currency_code)
      return {
        rows: `SELECT id AS key, subscription_number AS label, currency_code, 1 AS transactions, billed, pending, credited,
                      billed - credited AS net_billed, subscription_id, customer_id, group_id, period_start, period_end, status,
                      order_id, invoiced_at
               FROM (${base}) b`,
        params: where.params,
        // Both descending: the period index read backwards.
        order: "period_start DESC, key DESC",
        listing: { countColumn: "transactions" },
        totals: {
          sql: `SELECT currency_code, count(*)::int AS transactions, sum(billed) AS billed, sum(pending) AS pending,
                       sum(credited) AS credited, sum(billed) - sum(credited) AS net_billed
                FROM (SELECT ft.currency_code, CASE WHEN ft.status <> 'pending' THEN ft.amount ELSE 0 END AS billed,
                             CASE WHEN ft.status = 'pending' THEN ft.amount ELSE 0 END AS pending, coalesce(ft.credit_amount, 0) AS credited
                      FROM service_subscription_fee_transaction ft WHERE ${fees}) b
                GROUP BY currency_code ORDER BY currency_code`,
          params: fees.params,
        },
      }
    }
    const g = GROUPS[f.group_by]
    return {
      rows: `SELECT ${g.key} AS key, ${g.label} AS label, currency_code, ${measures} FROM (${base}) b GROUP BY ${g.key}, currency_code`,
      params: where.params,
      order: g.order,
      totals,
    }
  }

  private mrr(f: SubscriptionReportFilters): ReportSql {
    const subs = this.subscriptionFilter("s")
      .in("s.id", f.subscription_id)
      .in("s.customer_id", f.customer_id)
      .in("s.group_id", f.group_id)
      .in("s.currency_code", f.currency_code)
    const to = f.to ?? f.now
    // Month starts (UTC) of the range, and the month before the first for its movement.
    // The months as an array (the planner then knows how many), by default the last twelve.
    const from = f.from ?? new Date(Date.UTC(to.getUTCFullYear(), to.getUTCMonth() - 11, 1))
    const starts = monthStarts(from, to)
    const months = `SELECT unnest(ARRAY[${placeholders(starts)}]::timestamptz[]) AS m`
    // Set-based: each subscription's monthly rate once; the snapshots it is billed on (a range
    // join of 13 dates); then per customer and currency a row per snapshot, the previous month's
    // figure by lag() and "known" (a subscription started before the month) from the first start.
    const sql = `
      WITH months AS (${months}),
      snapshots AS (SELECT m, (m + interval '1 month' - interval '1 day') AS d FROM months
                    UNION ALL SELECT min(m) - interval '1 month', min(m) - interval '1 day' FROM months),
      subs AS MATERIALIZED (SELECT s.*, ${MONTHLY_RATE} AS rate FROM service_subscription s ${RRULE_PERIODS} WHERE ${subs}),
      mrr AS (
        SELECT sn.m, s.customer_id, s.currency_code, sum(s.rate) AS mrr
        FROM snapshots sn JOIN subs s ON ${BILLED_ON("sn.d")}
        GROUP BY sn.m, s.customer_id, s.currency_code),
      keys AS (
        SELECT customer_id, currency_code, min(start_date) AS first_start FROM subs
        WHERE (customer_id, currency_code) IN (SELECT customer_id, currency_code FROM mrr)
        GROUP BY customer_id, currency_code),
      series AS (
        SELECT sn.m, k.customer_id, k.currency_code, coalesce(c.mrr, 0) AS cur,
               lag(coalesce(c.mrr, 0)) OVER (PARTITION BY k.customer_id, k.currency_code ORDER BY sn.m) AS prev,
               k.first_start < sn.m AS known
        FROM snapshots sn CROSS JOIN keys k
        LEFT JOIN mrr c ON c.m = sn.m AND c.customer_id = k.customer_id AND c.currency_code = k.currency_code),
      movement AS (SELECT * FROM series WHERE m >= (SELECT min(m) FROM months))
      SELECT to_char(m AT TIME ZONE 'UTC', 'YYYY-MM') AS key, to_char(m AT TIME ZONE 'UTC', 'YYYY-MM') AS label, currency_code,
             sum(cur) AS mrr,
             count(*) FILTER (WHERE cur > 0)::int AS customers,
             coalesce(sum(cur) FILTER (WHERE prev = 0 AND cur > 0 AND NOT known), 0) AS new,
             coalesce(sum(cur - prev) FILTER (WHERE prev > 0 AND cur > prev), 0) AS expansion,
             coalesce(sum(prev - cur) FILTER (WHERE cur > 0 AND prev > cur), 0) AS contraction,
             coalesce(sum(prev) FILTER (WHERE prev > 0 AND cur = 0), 0) AS churn,
             coalesce(sum(cur) FILTER (WHERE prev = 0 AND cur > 0 AND known), 0) AS reactivation
      FROM movement GROUP BY m, currency_code`
    return {
      rows: sql,
      params: [...starts, ...subs.params],
      order: "key, currency_code",
    }
  }
}
