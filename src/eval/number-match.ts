// How a gold quantity and a predicted figure are compared (CQE's NewsQuant metric): same value,
// or the same two ends for a range; "value+qualifier" also needs the same direction class.
import type { Figure, Qualifier } from '../types.js';

/** CQE's change classes: = exact, ~ about, > more/at least, < less/at most, up, down. */
export type Direction = '=' | '~' | '>' | '<' | 'up' | 'down';

export interface Quantity {
  value: number | null;
  low?: number;
  high?: number;
  direction: Direction;
  /** Where it is written (the gold's `start`, the figure's start): CQE scores sentence by sentence. */
  at?: number;
}

const QUALIFIER_CLASS: Record<Qualifier, Direction> = {
  exact: '=', about: '~', 'more-than': '>', 'at-least': '>', 'less-than': '<', 'at-most': '<', up: 'up', down: 'down',
};

// the words and symbols gold files use for a direction (CQE writes "=", "~", ">", "<=", "up", ...)
const GOLD_CLASS: Record<string, Direction> = {
  '=': '=', exact: '=', '~': '~', about: '~', approximately: '~', '>': '>', '>=': '>', '<': '<', '<=': '<',
  'more-than': '>', 'at-least': '>', 'less-than': '<', 'at-most': '<', up: 'up', increase: 'up', down: 'down', decrease: 'down',
  '≥': '>', '≤': '<', 'more than': '>', 'less than': '<', approx: '~', approximate: '~', 'up to': '<', 'at least': '>',
};

export function predicted(f: Figure): Quantity {
  const q: Quantity = { value: f.value, direction: QUALIFIER_CLASS[f.qualifier], at: f.start };
  if (f.low !== undefined && f.high !== undefined) { q.low = f.low; q.high = f.high; }
  return q;
}

const num = (x: unknown): number | null => (typeof x === 'number' && Number.isFinite(x) ? x : null);

/**
 * A gold annotation as a quantity, or null when it has no value to score (unit-only mentions,
 * relative ordinals). Reads `low`/`high`, quantulum3's `uncertainty`, Recognizers' interval
 * `rawValue` ("(20,35]", "(5000,)") and a `change`/`qualifier` field when the file has one.
 */
export function gold(g: Record<string, unknown>): Quantity | null {
  const q = goldValue(g);
  const at = num(g['start']);
  if (q && at !== null) q.at = at;
  return q;
}

function goldValue(g: Record<string, unknown>): Quantity | null {
  const given = ['change', 'qualifier', 'direction'].map((k) => g[k]).find((v): v is string => typeof v === 'string' && v.trim() !== '') ?? null;
  let direction: Direction = given ? GOLD_CLASS[given.trim().toLowerCase()] ?? '=' : '=';
  // other conversions write a range as a two-number value, or bounds as lower/upper or min/max
  const raw0 = g['value'];
  if (Array.isArray(raw0) && raw0.length === 2 && num(raw0[0]) !== null && num(raw0[1]) !== null) {
    const [a, b] = [num(raw0[0])!, num(raw0[1])!];
    return a === b ? { value: a, direction } : { value: null, low: Math.min(a, b), high: Math.max(a, b), direction };
  }
  const value = num(raw0) ?? (typeof raw0 === 'string' && raw0.trim() !== '' && Number.isFinite(Number(raw0)) ? Number(raw0) : null);
  const low = num(g['low']) ?? num(g['lower']) ?? num(g['min']);
  const high = num(g['high']) ?? num(g['upper']) ?? num(g['max']);
  if (low !== null && high !== null && low !== high) return { value: null, low, high, direction };
  const unc = num(g['uncertainty']);
  if (value !== null && unc !== null && unc > 0) return { value: null, low: value - unc, high: value + unc, direction };
  const raw = typeof g['rawValue'] === 'string' ? g['rawValue'] : '';
  const iv = /^([[(])\s*([^,]*?)\s*,\s*([^,]*?)\s*([\])])$/.exec(raw);
  if (value === null && iv) {
    const a = iv[2] === '' ? null : Number(iv[2]);
    const b = iv[3] === '' ? null : Number(iv[3]);
    if (a !== null && b !== null && Number.isFinite(a) && Number.isFinite(b)) {
      return a === b ? { value: a, direction } : { value: null, low: a, high: b, direction };
    }
    if (a !== null && Number.isFinite(a)) return { value: a, direction: given ? direction : '>' };
    if (b !== null && Number.isFinite(b)) return { value: b, direction: given ? direction : '<' };
    return null;
  }
  if (value === null) return null;
  direction = given ? direction : '=';
  return { value, direction };
}

function sameNumber(a: number, b: number): boolean {
  if (a === b) return true;
  const scale = Math.max(Math.abs(a), Math.abs(b));
  return Math.abs(a - b) <= Math.max(1e-9, scale * 1e-6);
}

export function sameValue(g: Quantity, p: Quantity): boolean {
  if (g.low !== undefined && g.high !== undefined) {
    return p.low !== undefined && p.high !== undefined && sameNumber(g.low, p.low) && sameNumber(g.high, p.high);
  }
  return g.value !== null && p.value !== null && sameNumber(g.value, p.value);
}

// a sentence ends at . ! or ? (closing quotes and brackets may follow) before blanks and a capital
// or an opening quote; "3.5" and the tokenised "4 . 8 %" do not end one (a digit after the stop
// is not taken as a new sentence), "Mr. Smith" may (a split there only separates a title from a name)
const SENTENCE_END = /[.!?]["'”’)\]]*\s+(?=["'“‘(]?\p{Lu})/gu;

/** The start offsets of the sentences of `text` (always at least [0]). */
export function sentenceStarts(text: string): number[] {
  const starts = [0];
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) starts.push(m.index + m[0].length);
  return starts;
}

function sentenceAt(starts: number[], at: number | undefined): number {
  if (at === undefined) return -1;
  let i = 0;
  while (i + 1 < starts.length && starts[i + 1]! <= at) i++;
  return i;
}

/**
 * Greedy one-to-one matching in gold order; returns matched pairs (value) and (value+direction).
 * With `text`, a gold quantity and a prediction match only inside the same sentence (CQE scores
 * per sentence); a quantity whose place is unknown may match anywhere in the text.
 */
export function match(golds: Quantity[], preds: Quantity[], withDirection: boolean, text?: string): number {
  const starts = text === undefined ? [0] : sentenceStarts(text);
  const predSentence = preds.map((p) => sentenceAt(starts, p.at));
  const used = new Set<number>();
  let matched = 0;
  for (const g of golds) {
    const gs = sentenceAt(starts, g.at);
    const i = preds.findIndex((p, k) => !used.has(k) && (gs < 0 || predSentence[k]! < 0 || gs === predSentence[k]) && sameValue(g, p) && (!withDirection || p.direction === g.direction));
    if (i >= 0) { used.add(i); matched++; }
  }
  return matched;
}
