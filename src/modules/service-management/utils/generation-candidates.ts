/**
 * The agreements a generation up to `until` (the next parameter) must look at: active ones whose
 * cursor is unknown (NULL) or passed. Matches the partial index `IDX_service_agreement_generation_due_at`
 * (the model's), so a run with nothing due reads an empty range of it.
 */
export const GENERATION_CANDIDATES =
  "deleted_at IS NULL AND status = 'active' AND is_template = false AND (generation_due_at IS NULL OR generation_due_at <= ?)"
