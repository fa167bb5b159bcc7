import { SubscriptionReportGroup } from "../../../types/enums"
import { ReportRepository, ReportSql, Where } from "./common/report"


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
const MONTHLY_RATE = `CASE s.frequency WHEN 'monthly' THEN s.amount WHEN 'quarterly' THEN s.amount / 3 WHEN 'yearly' THEN s.amount / 12
  ELSE (SELECT s.amount * 30.4375 / nullif(avg(x.period_days), 0) FROM service_subscription_fee_transaction x
        WHERE x.subscription_id = s.id AND x.deleted_at IS NULL) END`

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
      return {
        rows: `SELECT id AS key, subscription_number AS label, currency_code, 1 AS transactions, billed, pending, credited,
                      billed - credited AS net_billed, subscription_id, customer_id, group_id, period_start, period_end, status,
                      order_id, invoiced_at
               FROM (${base}) b`,
        params: where.params,
        order: "period_start DESC, key",
        totals,
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
    const months = `SELECT m::timestamp AT TIME ZONE 'UTC' AS m FROM generate_series(
        date_trunc('month', coalesce(?::timestamptz, ?::timestamptz - interval '11 months') AT TIME ZONE 'UTC'),
        date_trunc('month', (?::timestamptz - interval '1 millisecond') AT TIME ZONE 'UTC'), interval '1 month') m`
    const sql = `
      WITH months AS (${months}),
      snapshots AS (SELECT m, (m + interval '1 month' - interval '1 day') AS d FROM months
                    UNION ALL SELECT min(m) - interval '1 month', min(m) - interval '1 day' FROM months),
      mrr AS (
        SELECT sn.m, s.customer_id, s.currency_code, sum(${MONTHLY_RATE}) AS mrr
        FROM snapshots sn JOIN service_subscription s ON ${BILLED_ON("sn.d")}
        WHERE ${subs}
        GROUP BY sn.m, s.customer_id, s.currency_code),
      movement AS (
        SELECT mo.m, k.customer_id, k.currency_code, coalesce(c.mrr, 0) AS cur, coalesce(p.mrr, 0) AS prev,
               EXISTS (SELECT 1 FROM service_subscription s WHERE ${subs} AND s.customer_id = k.customer_id
                       AND s.currency_code = k.currency_code AND s.start_date < mo.m) AS known
        FROM months mo
        CROSS JOIN (SELECT DISTINCT customer_id, currency_code FROM mrr) k
        LEFT JOIN mrr c ON c.m = mo.m AND c.customer_id = k.customer_id AND c.currency_code = k.currency_code
        LEFT JOIN mrr p ON p.m = mo.m - interval '1 month' AND p.customer_id = k.customer_id AND p.currency_code = k.currency_code)
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
      params: [f.from ?? null, to, to, ...subs.params, ...subs.params],
      order: "key, currency_code",
    }
  }
}
