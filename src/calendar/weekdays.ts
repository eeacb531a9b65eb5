/**
 * Closed-form weekday arithmetic on day numbers (days since 1970-01-01). Internal to the calendar.
 *
 * A "weekday index" numbers the Mondays-to-Fridays consecutively: index 0 is Monday 1970-01-05 (day 4), index 4
 * Friday 1970-01-09, index 5 Monday 1970-01-12, and so on (negative before 1970). Both directions are O(1).
 *
 * @internal
 * @module
 */

/** Day number of Monday 1970-01-05, weekday index 0. */
const MONDAY = 4;

/**
 * The number of weekdays in [Monday 1970-01-05, day), i.e. the weekday index of the first weekday on or after `day`
 * (negative for days before 1970-01-05).
 */
export function weekdayIndex(day: number): number {
  const s = day - MONDAY;
  const weeks = Math.floor(s / 7);
  const r = s - weeks * 7;
  // Stryker disable next-line EqualityOperator: at r = 5 both branches give 5
  return weeks * 5 + (r < 5 ? r : 5);
}

/** The day number of the weekday with the given weekday index (inverse of {@link weekdayIndex} on weekdays). */
export function dayOfWeekdayIndex(index: number): number {
  const weeks = Math.floor(index / 5);
  return MONDAY + weeks * 7 + (index - weeks * 5);
}

/** Number of entries of the sorted array `a` that are less than `x`. */
export function lowerBound(a: Int32Array, x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * For a sorted array of distinct integers `a`, the number of positions m with `a[m] - m <= j`
 * (`a[m] - m` never decreases, so those positions form a prefix).
 */
export function slotsBefore(a: Int32Array, j: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid]! - mid <= j) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
