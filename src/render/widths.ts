// Fits a table's columns to the terminal. Short columns (type, kind, offsets) keep their
// natural width when they can; long free text (the "wide" columns: quote content) gets at
// least half the width and wraps; when even that is not enough, the widest columns shrink
// to a common cap (water-filling) so that no column is squeezed more than it must be. A
// column is not squeezed below its header's width while the others can still give way.

export interface FitOptions {
  /** Long free text: takes what the short columns leave, and at least half. */
  wide: boolean[];
  /** Columns that give up their width first (document paths). */
  low?: boolean[] | undefined;
  /** Widths below which a column is not squeezed if it can be helped (its header). */
  floors?: number[] | undefined;
}

const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);

/** The largest cap c such that sum(max(floor, min(width, c))) fits `budget`; c never below 4. */
function waterFill(widths: number[], floors: number[], budget: number): number[] {
  const at = (c: number): number[] => widths.map((n, i) => Math.min(n, Math.max(c, floors[i] ?? 0)));
  if (sum(widths) <= budget) return widths;
  let lo = 4;
  let hi = Math.max(...widths, 4);
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (sum(at(mid)) <= budget) lo = mid;
    else hi = mid - 1;
  }
  const fitted = at(lo);
  // Even the floors do not fit: drop them and share the width evenly.
  return sum(fitted) <= budget || floors.every((f) => f === 0) ? fitted : waterFill(widths, [], budget);
}

// A path column shrinks first, to this width (a path cut at all is then moved out of its column
// by table.ts, onto a line across the table: its end alone may not tell files apart).
const LOW_PRIORITY_WIDTH = 14;

/** Content widths (without padding) for each column, given the space left for content. */
export function fitWidths(natural: number[], available: number, { wide, low = [], floors = [] }: FitOptions): number[] {
  // Short columns never need more than 40: a longer value is rare and may wrap.
  const full = natural.map((n, i) => (wide[i] ? n : Math.min(n, 40)));
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
  const pick = <T>(xs: T[], wanted: boolean): T[] => xs.filter((_, i) => (wide[i] === true) === wanted);
  const floorOf = capped.map((n, i) => Math.min(n, floors[i] ?? 0));
  const narrow = pick(capped, false);
  const long = pick(capped, true);
  // The wide columns get what the short ones leave, and at least half the width.
  const longBudget = long.length === 0 ? 0 : Math.min(sum(long), Math.max(Math.floor(available / 2), available - sum(narrow)));
  const narrowFit = waterFill(narrow, pick(floorOf, false), available - longBudget);
  const longFit = waterFill(long, pick(floorOf, true), available - sum(narrowFit));
  let n = 0;
  let l = 0;
  return capped.map((_, i) => (wide[i] ? (longFit[l++] ?? 4) : (narrowFit[n++] ?? 4)));
}
