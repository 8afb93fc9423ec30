// The working record of the figures stage: a figure being built, before sources are known.
import type { Figure } from '../../types.js';

// The public fields it will carry, taken from Figure so the two cannot drift apart.
type FigureFields = 'start' | 'end' | 'value' | 'low' | 'high' | 'kind' | 'unit' | 'qualifier' | 'subject' | 'rule';

export interface Candidate extends Pick<Figure, FigureFields> {
  /** Spelled out in words ("two hundred"), not digits. */
  words: boolean;
  /** A scale word or suffix multiplied it ("1.5 billion", "$3m"): ranges share it. */
  scale: number;
  /** A plain integer written in digits without separators (year and identifier candidates). */
  plainDigits: boolean;
}

/** The kinds that are amounts (not dates, years, ordinals or identifiers): qualifiers, ranges and sources read these. */
export const QUANTITY_KINDS: ReadonlySet<string> = new Set(['count', 'money', 'percent', 'measure']);

/** A number as the scan reads it, before units, kinds and qualifiers. Positional fields, not an `extra`
 * object spread in: one object a number, made in one shape (`low` and `high` too, undefined until a range
 * sets them, so that ranges and plain numbers share it and the steps after see one kind of record). */
export function scanned(start: number, end: number, value: number | null, rule: string, kind: Candidate['kind'] = 'count', words = false, scale = 1, plainDigits = false): Candidate {
  return { start, end, value: finite(value), kind, unit: null, qualifier: 'exact', subject: null, rule, words, scale, plainDigits, low: undefined, high: undefined };
}

/** JSON has no NaN or Infinity: anything not finite becomes null (huge inputs like "1e999"). */
export function finite(n: number | null | undefined): number | null {
  return typeof n === 'number' && Number.isFinite(n) ? n : null;
}

/** Rounds away float noise from multiplying ("0.1 * 3") so values compare and print cleanly. */
export function tidy(n: number): number {
  // integers are exact already; toPrecision is slow and only fractions carry float noise
  if (!Number.isFinite(n) || Number.isSafeInteger(n)) return n;
  return Number.parseFloat(n.toPrecision(15));
}

/** The candidates (sorted by start, the longer first where two start together) with each one that overlaps one kept
 *  before it dropped: the earlier, and then the longer, reading wins. */
export function dropOverlaps(cands: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of cands) {
    const prev = out[out.length - 1];
    if (prev && c.start < prev.end) continue;
    out.push(c);
  }
  return out;
}
