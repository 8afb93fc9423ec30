// The one binary search of the analysis. Stages keep their records sorted by offset (sentences,
// mentions, cues, quote spans, figures), and every lookup by offset goes through here, so that a
// lookup costs O(log n) and hostile inputs with thousands of records stay linear overall.

/**
 * The index of the first item for which `before` is false, or `list.length` if there is none.
 * `before` must hold for a leading run of the list and fail for the rest (true for the items that
 * lie wholly before the offset sought).
 */
export function firstNotBefore<T>(list: ArrayLike<T>, before: (item: T) => boolean): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(list[mid] as T)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
