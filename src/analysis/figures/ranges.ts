// Step 4: two numbers that bound one quantity become one figure with low and high: "10 to 15",
// "10-15", "between 3 and 4 million", "$3-4 billion", "six to 9 feet". The first number takes
// the scale and unit of the second when it has none of its own ("3 to 4 million" is millions;
// range-ends.ts says when the scale fits and which end is low).
import { QUANTITY_KINDS, tidy, type Candidate } from './candidate.js';
import { rangeEnds } from './range-ends.js';
import { compoundAt } from './compound-units.js';

// hoisted: a regex literal inside the loop would build a new object for every pair of numbers
const MARGIN = /^[ \t]*(?:±|\+\/-|\+\/−)[ \t]*$/;
const AND_BUT = /^[ \t]*(?:and|but)[ \t]+$/i;
const AND = /and/i;
const BETWEEN = /(?:^|[^\p{L}])between[ \t]+$/iu;
const FROM = /(?:^|[^\p{L}])from[ \t]+$/iu;
const HYPHEN_GAP = /^[ \t]*[-–—‐‑][ \t]*$/;
// the widest gap a range can have ("  and ", " through ")
const MAX_GAP = 14;
const BETWEEN_FROM_END = /(between|from)[ \t]+$/i;
const SCORE_TO = /^[-–‐‑]to[-–‐‑]$/;
// "The vote was 64 to 35", "the bill passed 52 to 48", "won 3 to 1": spaced "to" is a tally after a
// word of voting or winning a few words back (elsewhere "64 to 35" may be a fall or a range)
const SPACED_TO = /^[ \t]+to[ \t]+$/;
// ("voted to keep 64 to 35 posts": the numbers are the object of another verb)
const TO_VERB_BEFORE = /(?:^|[^\p{L}])to[ \t]+\p{L}+[ \t]+$/iu;
const TALLY_BEFORE = /(?:^|[^\p{L}])(?:votes?|voted|won|wins?|beat|beats|defeated|passed|approved|rejected|tally|score|ballot)(?![\p{L}])[^.;!?\n\d]{0,16}$/iu;
const JOIN = /^[ \t\u00a0]*(?:[-–—‐‑~〜]|to|through|thru|and)[ \t\u00a0]*$/i;
// (read by rate-ranges.ts too)
export const MOVEMENT_BEFORE = /(?:^|[^\p{L}])(?:rose|rise|rises|risen|fell|fall|falls|fallen|increased|decreased|grew|dropped|declined|jumped|climbed|slipped|surged|cut|raised|lowered|up|down)[ \t]+from[ \t]+$/iu;

// a movement foreseen or named as a noun spans a range of amounts: "expects sales to grow 6% to 7%", "sees growth of 3%
// to 4%", "will rise 2 to 3 points"; a movement that happened ("rose 5% to 7%") is a change and the level it reached
const FORECAST_MOVE = /(?:(?:^|[^\p{L}])(?:to|will|would|could|may|might|should|can)[ \t]+(?:grow|rise|increase|expand|climb|gain|fall|decline|drop|shrink|contract|slip|slow)(?:[ \t]+by)?|(?:^|[^\p{L}])(?:growth|increase|rise|gain|expansion|decline|drop|fall|contraction|reduction|cut)[ \t]+of)[ \t]+$/iu;
/** "grow 6% to 7%", "rise 8 to 10 percent": a foreseen movement whose two amounts are close enough (the higher at most
 * twice the lower) to bound one; the first may leave its unit to the second. */
function forecastRange(before: string, a: Candidate, b: Candidate): boolean {
  return a.value !== null && b.value !== null && a.value > 0 && a.value < b.value && b.value <= 2 * a.value
    && (a.kind === b.kind || a.kind === 'count') && (a.unit === null || a.unit === b.unit) && FORECAST_MOVE.test(before);
}

const LOWER = new Set(['more-than', 'at-least']);
const UPPER = new Set(['less-than', 'at-most']);

function boundsRange(a: Candidate, b: Candidate): [number, number] | null {
  if (a.value === null || b.value === null || (a.unit !== null && b.unit !== null && a.unit !== b.unit)) return null;
  if (LOWER.has(a.qualifier) && UPPER.has(b.qualifier) && a.value < b.value) return [a.value, b.value];
  if (UPPER.has(a.qualifier) && LOWER.has(b.qualifier) && b.value < a.value) return [b.value, a.value];
  return null;
}

const RANGE_RULES = new Map<string, string>();
/** "range-digits", "range-unit-length": one string per rule, not one per range. */
function rangeRule(rule: string): string {
  let r = RANGE_RULES.get(rule);
  if (r === undefined) { r = `range-${rule}`; if (RANGE_RULES.size < 256) RANGE_RULES.set(rule, r); }
  return r;
}

export function mergeRanges(text: string, cands: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < cands.length; i++) {
    const a = cands[i]!;
    // "9 ft 6 in", "6-foot-2", "3 lb 4 oz", "2 hours 21 minutes": one amount in two or three units
    const compound = compoundAt(text, cands, i);
    if (compound) { out.push(compound.figure); i += compound.used - 1; continue; }
    const b = cands[i + 1];
    if (!b || !QUANTITY_KINDS.has(a.kind) || !QUANTITY_KINDS.has(b.kind) || a.value === null || b.value === null) { out.push(a); continue; }
    if (b.start - a.end > MAX_GAP) { out.push(a); continue; }
    const gap = text.slice(a.end, b.start);
    // "2.5 ± 0.1 kg": a value and its margin
    if (MARGIN.test(gap) && b.value >= 0 && (a.unit === null || b.unit === null || a.unit === b.unit)) {
      out.push({ ...b, start: a.start, value: a.value, low: tidy(a.value - b.value), high: tidy(a.value + b.value), kind: b.kind === 'count' ? a.kind : b.kind, unit: b.unit ?? a.unit, qualifier: a.qualifier, rule: 'range-margin', words: false });
      i++;
      continue;
    }
    // "above 700 and below 900", "no less than 20 and no more than 50": two bounds make a range
    const bounds = boundsRange(a, b);
    if (bounds && AND_BUT.test(gap)) {
      out.push({ ...b, start: a.start, value: null, low: bounds[0], high: bounds[1], kind: b.kind === 'count' ? a.kind : b.kind, unit: b.unit ?? a.unit, qualifier: 'exact', rule: 'range-bounds', words: a.words && b.words });
      i++;
      continue;
    }
    // "a 7-to-2 ruling", "by a 3-to-1 vote": a tally
    if (SCORE_TO.test(gap) && a.plainDigits && b.plainDigits && a.kind === 'count' && b.kind === 'count' && a.value >= b.value && a.value < 1000) {
      out.push({ ...a, end: b.end, value: null, kind: 'other', qualifier: 'exact', rule: 'score' });
      i++;
      continue;
    }
    if (SPACED_TO.test(gap) && a.plainDigits && b.plainDigits && a.kind === 'count' && b.kind === 'count' && a.qualifier === 'exact'
      && a.value >= b.value && a.value < 1000 && TALLY_BEFORE.test(text.slice(Math.max(0, a.start - 28), a.start))
      && !TO_VERB_BEFORE.test(text.slice(Math.max(0, a.start - 20), a.start))) {
      out.push({ ...a, end: b.end, value: null, kind: 'other', qualifier: 'exact', rule: 'score' });
      i++;
      continue;
    }
    if (!JOIN.test(gap) || gap.length > 12) { out.push(a); continue; }
    const before = text.slice(Math.max(0, a.start - 24), a.start);
    const isAnd = AND.test(gap);
    const between = BETWEEN.test(before);
    const from = FROM.test(before);
    // "between 3 and 4" is a range, "3 and 4" two figures; "rose from 5 to 7" is a change, not a range
    // "rose 5-6%" is a range of change, "rose 5% to 7%" a change and a new level
    const moved = a.qualifier === 'up' || a.qualifier === 'down';
    if ((isAnd && !between) || (from && MOVEMENT_BEFORE.test(before)) || (moved && !HYPHEN_GAP.test(gap) && !forecastRange(before, a, b))) { out.push(a); continue; }
    // units must agree, or the first has none
    if (a.unit !== null && b.unit !== null && a.unit !== b.unit) { out.push(a); continue; }
    const ends = rangeEnds(a, b, between && isAnd);
    if (!ends.range) { out.push({ ...a, value: ends.firstValue }); continue; }
    const { low, high } = ends;
    // "voted 7-2", "won 24-17", "a 6-3 majority": a tally or a score, not a range (a range goes up)
    if (!(low < high) && HYPHEN_GAP.test(gap) && a.plainDigits && b.plainDigits && a.kind === 'count' && b.kind === 'count' && a.value < 1000) {
      out.push({ ...a, end: b.end, value: null, kind: 'other', qualifier: 'exact', rule: 'score' });
      i++;
      continue;
    }
    if (!(low < high)) { out.push(a); continue; }
    // "10-15" with a hyphen must be written with spaces or digits on both sides; "3-2" (a score) is left
    const start = between || from ? a.start - (BETWEEN_FROM_END.exec(before)?.[0].length ?? 0) : a.start;
    // every field spelled out (no spread): ranges are common in tables of figures and a spread copy is slow
    out.push({
      start, end: b.end, value: null, low, high, kind: b.kind === 'count' ? a.kind : b.kind, unit: b.unit ?? a.unit,
      qualifier: a.qualifier, subject: b.subject, rule: rangeRule(b.rule), words: a.words && b.words, scale: b.scale, plainDigits: b.plainDigits,
    });
    i++;
  }
  return out;
}
