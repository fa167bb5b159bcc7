import { Button, StatusBadge, Text, usePrompt } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { SectionRow } from "../section-row"
import { toastError, toastSuccess } from "../../lib/errors"
import { formatDateTime, formatMoney } from "../../lib/format"
import { usePostServiceOrder } from "../../lib/hooks/service-orders"
import type { ServiceOrder } from "../../../types"
import { Can } from "../can"
import { Section } from "../section"

const linkClass = "text-ui-fg-interactive hover:text-ui-fg-interactive-hover transition-fg"

/** Invoicing: post the order (creates its Medusa order once) or, once posted, the order it created. */
export const ServiceOrderPostingSection = ({ order }: { order: ServiceOrder }) => {
  const prompt = usePrompt()
  const post = usePostServiceOrder(order.id)
  const canPost = !!order.stage?.allow_post && !order.posted_at

  const onPost = async () => {
    const confirmed = await prompt({
      title: `Post ${order.number}?`,
      description: `A Medusa order for ${formatMoney(order.revenue_total, order.currency_code)} is created for the customer with one line per billable line. The service order becomes read-only.`,
      confirmText: "Post",
      cancelText: "Cancel",
    })
    if (confirmed) {
      post.mutate(undefined, { onSuccess: () => toastSuccess(`${order.number} was posted`), onError: toastError })
    }
  }

  return (
    <Section
      testId="posting-section"
      title="Invoicing"
      actions={
        order.posted_at ? (
          <StatusBadge color="green" data-testid="posted-badge">
            Posted
          </StatusBadge>
        ) : (
          <Can permission="service_orders.post">
            <Button size="small" variant="secondary" disabled={!canPost} isLoading={post.isPending} onClick={onPost} data-testid="post-order-button">
              Post
            </Button>
          </Can>
        )
      }
    >
      {order.posted_at ? (
        <>
          <SectionRow title="Posted" value={formatDateTime(order.posted_at)} />
          <SectionRow
            title="Medusa order"
            value={
              order.posted_order_id ? (
                <Link to={`/orders/${order.posted_order_id}`} className={linkClass} data-testid="posted-order-link">
                  {order.posted_order?.display_id ? `Order #${order.posted_order.display_id}` : "View order"}
                </Link>
              ) : (
                "Not created (posting.createOrders is off)"
              )
            }
          />
        </>
      ) : (
        <div className="px-6 py-4">
          <Text size="small" className="text-ui-fg-subtle">
            {canPost
              ? "Ready to post: the billable lines become a Medusa order for the customer."
              : `Orders are posted in a stage that allows posting (e.g. Closed); this one is in "${order.stage?.name ?? "–"}".`}
          </Text>
        </div>
      )}
    </Section>
  )
}
