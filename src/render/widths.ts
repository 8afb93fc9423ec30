// Fits a table's columns to the terminal. Short columns (type, kind, offsets) keep their
// natural width when they can; long free text (the "wide" columns: quote content) gets at
// least half the width and wraps; when even that is not enough, the widest columns shrink
// to a common cap (water-filling) so that no column is squeezed more than it must be.

/** The largest cap c such that sum(min(width, c)) fits `budget` (never below 4). */
function waterFill(widths: number[], budget: number): number[] {
  if (widths.reduce((a, b) => a + b, 0) <= budget) return widths;
  let lo = 4;
  let hi = Math.max(...widths, 4);
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (widths.reduce((a, n) => a + Math.min(n, mid), 0) <= budget) lo = mid;
    else hi = mid - 1;
  }
  return widths.map((n) => Math.min(n, lo));
}

// A path column shrinks first, to this width: its end ("…story.txt") still tells files apart.
const LOW_PRIORITY_WIDTH = 14;

/**
 * Content widths (without padding) for each column, given the space left for content.
 * `low` marks columns that give up their width first (document paths).
 */
export function fitWidths(natural: number[], wide: boolean[], available: number, low: boolean[] = []): number[] {
  // Short columns never need more than 40: a longer value is rare and may wrap.
  const full = natural.map((n, i) => (wide[i] ? n : Math.min(n, 40)));
  const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
  if (sum(full) <= available) return full;
  const capped = full.map((n, i) => (low[i] ? Math.min(n, LOW_PRIORITY_WIDTH) : n));
  if (sum(capped) <= available) {
    // Cutting the paths was enough: they get back whatever is left.
    let spare = available - sum(capped);
    return capped.map((n, i) => {
      const add = low[i] ? Math.min((full[i] ?? n) - n, spare) : 0;
      spare -= add;
      return n + add;
    });
  }
  const narrow = capped.filter((_, i) => !wide[i]);
  const long = capped.filter((_, i) => wide[i]);
  const narrowNeed = narrow.reduce((a, b) => a + b, 0);
  const longNeed = long.reduce((a, b) => a + b, 0);
  // The wide columns get what the short ones leave, and at least half the width.
  const longBudget = long.length === 0 ? 0 : Math.min(longNeed, Math.max(Math.floor(available / 2), available - narrowNeed));
  const narrowFit = waterFill(narrow, available - longBudget);
  const longFit = waterFill(long, available - narrowFit.reduce((a, b) => a + b, 0));
  let n = 0;
  let l = 0;
  return capped.map((_, i) => (wide[i] ? (longFit[l++] ?? 4) : (narrowFit[n++] ?? 4)));
}
