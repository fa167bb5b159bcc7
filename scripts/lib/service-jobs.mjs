// The plugin's scheduled jobs as the app's `SERVICE_JOBS` JSON (medusa-config.ts) takes them.
const JOB_KEYS = ["subscriptionBilling", "agreementGeneration", "slaBreachCheck", "estimateExpiry"]

/** The plugin's jobs every `seconds` (6-field cron), so Medusa's scheduler fires them often. */
export const jobsEvery = (seconds) => JSON.stringify(Object.fromEntries(JOB_KEYS.map((k) => [k, { schedule: `*/${seconds} * * * * *` }])))
/** The scheduler fires none of them (a test fires them itself, or none should run). */
export const jobsUnscheduled = () => JSON.stringify(Object.fromEntries(JOB_KEYS.map((k) => [k, { enabled: false }])))
