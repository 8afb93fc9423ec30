// Fits a table's columns to the terminal: every column first gets its natural width, and
// when the sum is too wide the widest ones are shrunk to a common cap (water-filling), so
// short columns (type, kind, offsets) stay whole and long text wraps.

/** Content widths (without padding) for each column, given the space left for content. */
export function fitWidths(natural: number[], wide: boolean[], available: number): number[] {
  const capped = natural.map((n, i) => (wide[i] ? n : Math.min(n, 40)));
  const total = capped.reduce((a, b) => a + b, 0);
  if (total <= available) return capped;
  // The largest cap c with sum(min(width, c)) <= available; columns never go below 4.
  let lo = 4;
  let hi = Math.max(...capped, 4);
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    const sum = capped.reduce((a, n) => a + Math.min(n, mid), 0);
    if (sum <= available) lo = mid;
    else hi = mid - 1;
  }
  const widths = capped.map((n) => Math.min(n, lo));
  // Give what the cap left unused to the wide columns (the quote text).
  let spare = available - widths.reduce((a, b) => a + b, 0);
  for (let i = 0; i < widths.length && spare > 0; i++) {
    const want = (capped[i] ?? 0) - (widths[i] ?? 0);
    if (wide[i] && want > 0) {
      const add = Math.min(want, spare);
      widths[i] = (widths[i] ?? 0) + add;
      spare -= add;
    }
  }
  return widths;
}
