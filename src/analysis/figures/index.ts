// findFigures: every number in the text, valued and classified. A regex and lexicon pass in
// ordered steps (compromise is used only as a word list, for subjects); each step sees only a
// few words around a number, so the stage runs in time linear in the text.
import type { Figure } from '../../types.js';
import type { Attributed, Counted } from '../state.js';
import { dropOverlaps, finite, type Candidate } from './candidate.js';
import { findDates } from './dates.js';
import { scanNumbers } from './scan.js';
import { attachUnits } from './attach.js';
import { classify } from './kinds.js';
import { phoneSpans } from './phones.js';
import { qualify } from './qualify.js';
import { mergeRanges } from './ranges.js';
import { mergeRatios } from './ratios.js';
import { markScoreLines } from './score-lines.js';
import { carriedSubject, carryDirection, carryUnits } from './carry.js';
import { subjectOf } from './subject.js';
import { vagueAmounts } from './vague-amounts.js';
import { markMultiplier, wordMultipliers } from './multipliers.js';
import { markRates } from './rates.js';
import { markCountRates } from './count-rates.js';
import { mergeRateRanges } from './rate-ranges.js';
import { firstNotBefore } from '../sorted.js';

/** `personEnds`: offsets where a person's name ends ("Mendel 212" is a tally, "Rule 40" a name). */
export function extractFigures(text: string, personEnds: ReadonlySet<number> = new Set()): Candidate[] {
  // 0. dates, times and decades first, so their digits are never read as quantities
  const dates = findDates(text);
  const phones = phoneSpans(text);
  // terminal escape sequences ("\x1b[31m") carry digits that are no figures
  const escapes = escapeSpans(text);
  // 1. every number, digits or words, valued
  const scanned = scanNumbers(text);
  const numbers = dates.length === 0 && escapes.length === 0 ? scanned
    : scanned.filter((c) => !overlapsAny(dates, c) && (escapes.length === 0 || !overlapsAny(escapes, c)));
  const found: Candidate[] = [];
  for (const n of numbers) {
    // 2. currency, sign, percent, unit, age (a currency the figure before took is not this one's)
    const unitized = attachUnits(text, n, found[found.length - 1]?.end ?? 0);
    // 3. years, identifiers, phone numbers, pronoun "one"
    const classified = overlapsAny(phones, unitized) ? { ...unitized, kind: 'other' as const, rule: 'phone' } : classify(text, unitized, personEnds);
    // 4. qualifier words before and after
    if (classified) found.push(qualify(text, classified));
  }
  // 4b. "three times as many", "a 10-fold rise": the count is a factor
  for (const c of found) markMultiplier(text, c);
  // 4c. "Hartlepool 3 Barrow 1": a result line's two scores
  markScoreLines(text, found);
  // 5. pairs that bound one quantity become ranges; pairs that state a share ("four in 10") a percentage
  const merged = mergeRatios(text, mergeRanges(text, found));
  // 5b2. "$12 an hour", "$1.15 per share": what the amount is counted per goes into its unit (before 5c, so
  // "$12 an hour, up from 11" carries the rate)
  markRates(text, merged);
  // 5c. a bare number set against an amount ("$5 billion, up from 4.2 billion") takes its kind and unit
  carryUnits(text, merged);
  // 5d. a percentage restating a change (", or 1.2%") takes the change's direction
  carryDirection(text, merged);
  // 5e. amounts without a number ("hundreds of", "tens of thousands", "several million"), valued at their floor,
  // and factors in words ("twice as many", "a threefold rise")
  const wordless = vagueAmounts(text).concat(wordMultipliers(text));
  const all = byStart(wordless.length === 0 ? merged : byStart(merged, wordless), dates);
  // 6. subjects: what each quantity counts
  let previous: string | null = null;
  let before: Candidate | undefined;
  for (const c of all) {
    if (c.kind === 'date' || c.kind === 'year' || c.kind === 'ordinal' || c.kind === 'other') continue;
    // (a number whose noun was left out, "... and Cole has 12.", takes the one before it in the sentence)
    c.subject = subjectOf(text, c, previous) ?? carriedSubject(text, c, before);
    if (c.subject) previous = c.subject;
    before = c;
  }
  // 6b. "500 people a day", "12 deaths per 100,000 residents": a count per a time, an item or a round base is a rate
  // 6c. "between $60 a barrel and $70 a barrel": two rates that bound one are a range
  return dropOverlaps(mergeRateRanges(text, markCountRates(text, all)));
}

const ESCAPE = /\x1b(?:\[[0-9;?]*[ -/]*[@-~]|\][^\x07\x1b]{0,256}(?:\x07|\x1b\\)?)/g;

function escapeSpans(text: string): { start: number; end: number }[] {
  // one array literal for the empty and the found case: V8 then makes both as arrays of records, so the
  // bisection over them sees one kind of array
  const out: { start: number; end: number }[] = [];
  if (!text.includes('\x1b')) return out;
  ESCAPE.lastIndex = 0;
  for (let m = ESCAPE.exec(text); m; m = ESCAPE.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

function overlapsAny(spans: { start: number; end: number }[], c: { start: number; end: number }): boolean {
  // dates are few and sorted; a linear pass per number would be quadratic on hostile input, so bisect
  const lo = firstNotBefore(spans, (x) => x.end <= c.start);
  const s = spans[lo];
  return s !== undefined && s.start < c.end;
}

/** Both lists in text order. Usually one is empty and the other already sorted: no copy, no sort. */
function byStart(a: Candidate[], b: Candidate[]): Candidate[] {
  const sorted = (xs: Candidate[]): boolean => { for (let i = 1; i < xs.length; i++) if (xs[i]!.start < xs[i - 1]!.start) return false; return true; };
  if (b.length === 0 && sorted(a)) return a;
  if (a.length === 0 && sorted(b)) return b;
  return a.concat(b).sort((x, y) => x.start - y.start);
}

export function findFigures(s: Attributed): Counted {
  const text = s.doc.text;
  // where person names end, from the mentions SPEAKERS found
  const personEnds = new Set<number>();
  for (const m of s.mentions) {
    const e = m.entity !== null ? s.entities[m.entity] : undefined;
    if ((e ? e.kind === 'person' : m.kind === 'name' || m.kind === 'title-name')) personEnds.add(m.end);
  }
  const figures: Figure[] = extractFigures(text, personEnds).map((c) => {
    // JSON has no Infinity: a range whose ends overflowed keeps no ends
    const low = finite(c.low);
    const high = finite(c.high);
    const ranged = low !== null && high !== null;
    // `low` and `high` are on every figure (undefined, which JSON and the renderers drop, unless it is a range):
    // one object shape for all figures, so the sources stage and the renderers see one kind of record, not two
    return {
      doc: s.doc.id, text: text.slice(c.start, c.end), start: c.start, end: c.end, value: finite(c.value),
      kind: c.kind, unit: c.unit, qualifier: c.qualifier, subject: c.subject,
      source: null, sourceKind: 'unattributed', sourceMention: null, hedge: null, rule: c.rule,
      low: ranged ? low : undefined, high: ranged ? high : undefined,
    };
  });
  return { ...s, figures };
}
