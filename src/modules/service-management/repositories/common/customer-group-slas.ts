/**
 * SQL: the SLA `alias` is assigned to a group the customer `customer` (an SQL expression) is in —
 * the one reading of "the customer's group SLAs" (a create's start, an entitlement). Active and
 * live are the caller's to say.
 */
export const assignedToCustomerGroup = (alias: string, customer: string) => `EXISTS (
  SELECT 1 FROM service_sla_customer_group g
    JOIN customer_group_customer cgc ON cgc.customer_group_id = g.customer_group_id AND cgc.deleted_at IS NULL
    JOIN customer_group cg ON cg.id = cgc.customer_group_id AND cg.deleted_at IS NULL
   WHERE g.sla_id = ${alias}.id AND g.deleted_at IS NULL AND cgc.customer_id = ${customer})`
