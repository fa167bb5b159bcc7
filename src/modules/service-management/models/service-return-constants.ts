// Kept apart from the models so the model files can import them without an import cycle.
export const SERVICE_RETURN_STATUSES = ["requested", "approved", "received", "in_repair", "resolved", "rejected"] as const
export const SERVICE_RETURN_DISPOSITIONS = ["repair_and_return", "replace", "credit", "scrap"] as const
