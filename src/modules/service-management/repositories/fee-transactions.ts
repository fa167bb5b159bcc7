import { Context } from "@medusajs/framework/types"
import { SubscriptionFeeTransaction } from "../models"
import { BillingPeriod } from "../utils/subscription-periods"
import { InsertRow, insertStatement } from "./common/insert"
import { SqlRepository, affectedRows } from "./common/sql"

/** One period's fee to create. */
export type FeeTransactionRow = BillingPeriod & {
  subscription_id: string
  customer_id: string
  currency_code: string
  billing_run_id: string | null
}
export type ClaimedFeeTransaction = {
  id: string
  subscription_id: string
  amount: number
  period_start: Date
  period_end: Date
  /** The subscription's number and description, for the invoice line. */
  subscription_number: string
  subscription_description: string
}
/** Pending fees of one customer in one currency: one invoice. */
export type PendingInvoiceGroup = { customer_id: string; currency_code: string; count: number }

/** Subscription fees: created once per period, claimed for an invoice, then settled. */
export class FeeTransactionRepository extends SqlRepository {
  /** A new fee as its table row: pending, not invoiced, nothing credited. */
  static toInsertRow(row: FeeTransactionRow): InsertRow<typeof SubscriptionFeeTransaction> {
    return { ...row, status: "pending", credit_amount: null, order_id: null, invoiced_at: null }
  }

  /**
   * Inserts fees in one `INSERT … SELECT`; a (subscription, period start) that already has one is
   * skipped by the unique key, so concurrent or repeated runs create each period once. Returns
   * how many were actually inserted.
   */
  async insert(rows: FeeTransactionRow[], sharedContext: Context = {}): Promise<number> {
    if (!rows.length) {
      return 0
    }
    const insert = insertStatement(SubscriptionFeeTransaction, rows.map(FeeTransactionRepository.toInsertRow))
    return affectedRows(
      this.manager(sharedContext),
      `${insert.sql}
       ON CONFLICT (subscription_id, period_start) WHERE deleted_at IS NULL DO NOTHING`,
      insert.params
    )
  }

  /** Pending fees due by `asOf`, per customer and currency. */
  async listPendingInvoiceGroups(asOf: Date, sharedContext: Context = {}): Promise<PendingInvoiceGroup[]> {
    const rows = await this.manager(sharedContext).execute<PendingInvoiceGroup[]>(
      `SELECT customer_id, currency_code, count(*)::int AS count FROM service_subscription_fee_transaction
       WHERE status = 'pending' AND due_at <= ? AND deleted_at IS NULL
       GROUP BY customer_id, currency_code ORDER BY customer_id, currency_code`,
      [asOf]
    )
    return rows.map((r) => ({ customer_id: r.customer_id, currency_code: r.currency_code, count: Number(r.count) }))
  }

  /**
   * Claims a customer's pending fees in one currency for an invoice whose Medusa order id is
   * chosen up front: of two runs claiming at once, the second gets nothing. Answers each fee with
   * what its invoice line names of the subscription, from the same statement.
   */
  async claimForInvoice(
    input: { customer_id: string; currency_code: string; as_of: Date; order_id: string; billing_run_id: string },
    sharedContext: Context = {}
  ): Promise<ClaimedFeeTransaction[]> {
    const rows = await this.manager(sharedContext).execute<(Omit<ClaimedFeeTransaction, "amount"> & { amount: string })[]>(
      `UPDATE service_subscription_fee_transaction f
       SET status = 'invoicing', order_id = ?, billing_run_id = ?, updated_at = now()
       FROM service_subscription s
       WHERE s.id = f.subscription_id
         AND f.status = 'pending' AND f.customer_id = ? AND f.currency_code = ? AND f.due_at <= ? AND f.deleted_at IS NULL
       RETURNING f.id, f.subscription_id, f.amount, f.period_start, f.period_end,
         s.number AS subscription_number, s.description AS subscription_description`,
      [input.order_id, input.billing_run_id, input.customer_id, input.currency_code, input.as_of]
    )
    return rows.map((r) => ({ ...r, amount: Number(r.amount) }))
  }

  /** Settles claimed fees: `invoiced` when their order exists, else back to `pending`. */
  async settleClaim(input: { order_id: string; invoiced: boolean }, sharedContext: Context = {}): Promise<number> {
    return affectedRows(
      this.manager(sharedContext),
      input.invoiced
        ? `UPDATE service_subscription_fee_transaction SET status = 'invoiced', invoiced_at = now(), updated_at = now()
           WHERE order_id = ? AND status = 'invoicing'`
        : `UPDATE service_subscription_fee_transaction SET status = 'pending', order_id = NULL, updated_at = now()
           WHERE order_id = ? AND status = 'invoicing'`,
      [input.order_id]
    )
  }

  /** Undoes settling: the fees of an order go back to `invoicing`, so the claim can be undone. */
  async unsettle(orderId: string, sharedContext: Context = {}): Promise<void> {
    await affectedRows(
      this.manager(sharedContext),
      `UPDATE service_subscription_fee_transaction SET status = 'invoicing', invoiced_at = NULL, updated_at = now()
       WHERE order_id = ? AND status = 'invoiced'`,
      [orderId]
    )
  }

  /** Order ids of fees left `invoicing` by a run that died between claiming and settling. */
  async listUnsettledInvoiceOrderIds(sharedContext: Context = {}): Promise<string[]> {
    const rows = await this.manager(sharedContext).execute<{ order_id: string }[]>(
      `SELECT DISTINCT order_id FROM service_subscription_fee_transaction
       WHERE status = 'invoicing' AND deleted_at IS NULL AND order_id IS NOT NULL`
    )
    return rows.map((r) => r.order_id)
  }
}
