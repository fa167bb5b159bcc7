const DAY_MS = 86400000

/** When an order's return window closes: `windowDays` (option `returns.windowDays`) after it was placed. */
export function returnWindowCloses(orderCreatedAt: Date | string, windowDays: number): Date {
  return new Date(new Date(orderCreatedAt).getTime() + windowDays * DAY_MS)
}
