// The plugin's enumerations, shared by the models, the API validators and the admin.
// Framework-free on purpose: the admin bundle imports this file.

export const SERVICE_ORDER_PRIORITIES = ["low", "normal", "high", "urgent"] as const
export type ServiceOrderPriority = (typeof SERVICE_ORDER_PRIORITIES)[number]

export const SERVICE_ORDER_CHANNELS = ["admin", "storefront", "agreement", "return"] as const
export type ServiceOrderChannel = (typeof SERVICE_ORDER_CHANNELS)[number]

/** Lines of a service order and of an agreement share their types. */
export const SERVICE_ORDER_LINE_TYPES = ["hour", "item", "expense", "fee"] as const
export type ServiceOrderLineType = (typeof SERVICE_ORDER_LINE_TYPES)[number]
export const AGREEMENT_LINE_TYPES = SERVICE_ORDER_LINE_TYPES
export type AgreementLineType = ServiceOrderLineType

export const TRANSITION_ACTOR_TYPES = ["user", "customer", "system"] as const
export type TransitionActorType = (typeof TRANSITION_ACTOR_TYPES)[number]

/** What entering a stage does to the order's SLA clocks. */
export const STAGE_SLA_ACTIONS = ["respond", "resolve", "pause", "resume"] as const
export type StageSlaAction = (typeof STAGE_SLA_ACTIONS)[number]

export const SLA_EVENT_TYPES = ["start", "pause", "resume", "stop"] as const
export type SlaEventType = (typeof SLA_EVENT_TYPES)[number]
export const SLA_METRICS = ["response", "resolution"] as const
export type SlaMetric = (typeof SLA_METRICS)[number]
export const SLA_EVENT_SOURCES = ["manual", "stage", "system"] as const
export type SlaEventSource = (typeof SLA_EVENT_SOURCES)[number]

export const SERVICE_AGREEMENT_STATUSES = ["draft", "active", "suspended", "expired", "cancelled"] as const
export type ServiceAgreementStatus = (typeof SERVICE_AGREEMENT_STATUSES)[number]

/** What an agreement line's allowance counts: completed service orders (visits) or their hour lines. */
export const ALLOWANCE_UNITS = ["visit", "hour"] as const
export type AllowanceUnit = (typeof ALLOWANCE_UNITS)[number]
/** The period an allowance renews in, counted from the agreement's start; `agreement_term` never renews. */
export const ALLOWANCE_PERIODS = ["year", "quarter", "month", "agreement_term"] as const
export type AllowancePeriod = (typeof ALLOWANCE_PERIODS)[number]

export const REPAIR_CODE_KINDS = ["symptom_area", "symptom", "diagnosis_area", "diagnosis", "resolution", "condition"] as const
export type RepairCodeKind = (typeof REPAIR_CODE_KINDS)[number]

/** A repair line moves through these in order. */
export const REPAIR_LINE_STATUSES = ["open", "diagnosed", "repaired", "verified"] as const
export type RepairLineStatus = (typeof REPAIR_LINE_STATUSES)[number]

export const BOM_VERSION_STATUSES = ["draft", "approved", "retired"] as const
export type BomVersionStatus = (typeof BOM_VERSION_STATUSES)[number]

export const ASSIGNMENT_STATUSES = ["planned", "in_progress", "done", "cancelled"] as const
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number]
/** Rules a dispatcher may knowingly override when assigning. */
export const ASSIGNMENT_OVERRIDES = ["outside_working_hours", "absence", "missing_skill"] as const
export type AssignmentOverride = (typeof ASSIGNMENT_OVERRIDES)[number]

export const ABSENCE_REASONS = ["vacation", "sick", "training", "other"] as const
export type AbsenceReason = (typeof ABSENCE_REASONS)[number]

export const SERVICE_SUBSCRIPTION_STATUSES = ["active", "paused", "cancelled"] as const
export type ServiceSubscriptionStatus = (typeof SERVICE_SUBSCRIPTION_STATUSES)[number]
export const SUBSCRIPTION_ACTIONS = ["pause", "resume", "cancel"] as const
export type SubscriptionAction = (typeof SUBSCRIPTION_ACTIONS)[number]
export const BILLING_FREQUENCIES = ["monthly", "quarterly", "yearly", "rrule"] as const
export type BillingFrequency = (typeof BILLING_FREQUENCIES)[number]
export const BILLING_TIMINGS = ["advance", "arrears"] as const
export type BillingTiming = (typeof BILLING_TIMINGS)[number]
export const FEE_TRANSACTION_STATUSES = ["pending", "invoicing", "invoiced", "credited"] as const
export type FeeTransactionStatus = (typeof FEE_TRANSACTION_STATUSES)[number]
export const BILLING_RUN_STATUSES = ["running", "completed", "completed_with_errors", "interrupted"] as const
export type BillingRunStatus = (typeof BILLING_RUN_STATUSES)[number]

export const SERVICE_RETURN_STATUSES = ["requested", "approved", "received", "in_repair", "resolved", "rejected"] as const
export type ServiceReturnStatus = (typeof SERVICE_RETURN_STATUSES)[number]
export const SERVICE_RETURN_DISPOSITIONS = ["repair_and_return", "replace", "credit", "scrap"] as const
export type ServiceReturnDisposition = (typeof SERVICE_RETURN_DISPOSITIONS)[number]

export const SERVICE_ROLES = ["service_manager", "dispatcher", "technician", "consultant"] as const
export type ServiceRoleName = (typeof SERVICE_ROLES)[number]

/** Status moves of an agreement (POST /admin/service-agreements/:id/<action>). */
export const SERVICE_AGREEMENT_ACTIONS = ["activate", "suspend", "resume", "cancel", "expire"] as const
export type ServiceAgreementAction = (typeof SERVICE_AGREEMENT_ACTIONS)[number]
/** Status moves of a service return (POST /admin/service-returns/:id/<action>; start_repair happens on receive). */
export const SERVICE_RETURN_ACTIONS = ["approve", "reject", "receive", "start_repair", "resolve"] as const
export type ServiceReturnAction = (typeof SERVICE_RETURN_ACTIONS)[number]
/** What a service order's stage may allow or refuse (the stage's allow_* flags). */
export const STAGE_ACTIONS = ["edit_lines", "add_repair_lines", "assign", "post", "customer_cancel"] as const
export type StageAction = (typeof STAGE_ACTIONS)[number]

/** What each report groups its rows by (`group_by`). */
export const ORDER_MARGIN_GROUPS = ["order", "line", "customer", "agreement", "service_task", "technician", "stage", "month"] as const
export type OrderMarginGroup = (typeof ORDER_MARGIN_GROUPS)[number]
export const SLA_COMPLIANCE_GROUPS = ["sla", "customer_group", "technician", "month"] as const
export type SlaComplianceGroup = (typeof SLA_COMPLIANCE_GROUPS)[number]
export const SUBSCRIPTION_REPORT_GROUPS = ["transaction", "subscription", "group", "customer", "month"] as const
export type SubscriptionReportGroup = (typeof SUBSCRIPTION_REPORT_GROUPS)[number]
export const FIELD_KPI_GROUPS = ["technician", "month", "age_bucket"] as const
export type FieldKpiGroup = (typeof FIELD_KPI_GROUPS)[number]
/** The figures of a field KPI row (per technician or month), in the CSV's order. */
export const FIELD_KPI_FIGURES = [
  "closed_orders",
  "first_time_fix_orders",
  "first_time_fixed",
  "first_time_fix_rate",
  "mttr_minutes",
  "working_minutes",
  "absent_minutes",
  "available_minutes",
  "assigned_minutes",
  "utilisation",
] as const
/** Which date a service order report's range applies to. */
export const REPORT_DATE_FIELDS = ["created", "posted"] as const
export type ReportDateField = (typeof REPORT_DATE_FIELDS)[number]

/** From when a unit's warranty runs: the order's placing, its fulfilment, or its delivery. */
export const WARRANTY_START_BASES = ["placed", "fulfilled", "delivered"] as const
export type WarrantyStartBasis = (typeof WARRANTY_START_BASES)[number]
export const WARRANTY_REMEDIES = ["repair", "replace", "refund"] as const
export type WarrantyRemedy = (typeof WARRANTY_REMEDIES)[number]
/** Why a unit's warranty ended before its term: the item came back, or its order was cancelled. */
export const WARRANTY_END_REASONS = ["returned", "order_canceled"] as const
export type WarrantyEndReason = (typeof WARRANTY_END_REASONS)[number]
/** What an entitlement offers the customer for a service object. */
export const ENTITLEMENT_OPTIONS = ["on_site_visit", "mail_in_repair", "return_for_repair", "replacement", "paid_repair"] as const
export type EntitlementOptionKind = (typeof ENTITLEMENT_OPTIONS)[number]
/**
 * The kinds of entry on a service object's timeline, one group per source: purchase, warranty,
 * agreement coverage, service orders (requests, stage moves, completion), estimates, visits, repairs,
 * returns and replacements.
 */
export const TIMELINE_ENTRY_KINDS = [
  "purchased",
  "fulfilled",
  "delivered",
  "warranty_started",
  "warranty_ends",
  "warranty_ended",
  "agreement_started",
  "agreement_ends",
  "service_requested",
  "service_order_created",
  "stage_changed",
  "service_order_completed",
  "estimate_sent",
  "estimate_accepted",
  "estimate_declined",
  "estimate_answered",
  "visit",
  "repair",
  "return_requested",
  "return_received",
  "replacement_sent",
] as const
export type TimelineEntryKind = (typeof TIMELINE_ENTRY_KINDS)[number]
/**
 * A repair estimate's life: staff draft it and send it; the customer accepts or declines it while
 * it is valid; a sent estimate past its date is expired; a newer version supersedes it.
 */
export const SERVICE_ESTIMATE_STATUSES = ["draft", "sent", "accepted", "declined", "expired", "superseded"] as const
export type ServiceEstimateStatus = (typeof SERVICE_ESTIMATE_STATUSES)[number]
/** What staff do to an estimate (`allowed_actions`): draft a (new) version from the billable lines, send it. */
export const SERVICE_ESTIMATE_ACTIONS = ["draft", "send"] as const
export type ServiceEstimateAction = (typeof SERVICE_ESTIMATE_ACTIONS)[number]
/** The customer's answer. */
export const SERVICE_ESTIMATE_ANSWERS = ["accept", "decline"] as const
export type ServiceEstimateAnswer = (typeof SERVICE_ESTIMATE_ANSWERS)[number]
