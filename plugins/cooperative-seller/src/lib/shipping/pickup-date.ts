/** Requests made from this hour (Vietnam time) on are collected the next day. */
export const PICKUP_CUTOFF_HOUR = 12

const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000
const DAY_MS = 24 * 60 * 60 * 1000

/**
 * The day the courier comes for a pickup asked at `now`, as `YYYY-MM-DD` in Vietnam's time
 * (UTC+7, no daylight saving): the same day when asked before noon, otherwise the next day; a
 * Sunday moves to Monday, when the post offices' drivers make their rounds again.
 */
export const pickupDateFor = (now: Date): string => {
  const local = new Date(now.getTime() + VIETNAM_OFFSET_MS)
  let day = Date.UTC(
    local.getUTCFullYear(),
    local.getUTCMonth(),
    local.getUTCDate()
  )
  if (local.getUTCHours() >= PICKUP_CUTOFF_HOUR) {
    day += DAY_MS
  }
  if (new Date(day).getUTCDay() === 0) {
    day += DAY_MS
  }
  return new Date(day).toISOString().slice(0, 10)
}
