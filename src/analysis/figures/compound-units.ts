// Step 4, one amount written in two or three units, each smaller than the last: "9 ft 6 in", "6-foot-2", "3 lb 4 oz",
// "2 hours 21 minutes", "3 minutes, 58 seconds", "1 hour and 40 minutes", "2 hours, 21 minutes and 5 seconds". Race
// results, journey times, heights and birth weights are written so; read one by one they are two or three figures.
// The amount is counted in the largest unit (9.5 ft, 2.35 hours), as "6'3\"" already is (height-marks.ts).
import { tidy, type Candidate } from './candidate.js';

// "in" is a unit only right after "N ft M" ("9 ft 6 in"): alone it is nearly always the preposition
const INCH_AFTER = /^[ \t]in\b\.?/;
// "5ft 11in": glued, "in" is the inch (the number was read as a code glued to letters)
const GLUED_INCH_AFTER = /^in\b\.?/;
// each unit with the next smaller one and how many of those it holds. Not days and hours: a span of days is listed
// unit by unit ("5 years, 7 months, 9 days and 11 hours"), each its own figure in quantity annotations
const SMALLER: Readonly<Record<string, { small: string; per: number }>> = Object.assign(Object.create(null) as Record<string, { small: string; per: number }>, {
  ft: { small: 'in', per: 12 }, lb: { small: 'oz', per: 16 }, st: { small: 'lb', per: 14 },
  hour: { small: 'min', per: 60 }, min: { small: 's', per: 60 },
});
// lengths and weights take a bare number after a hyphen ("6-foot-2"); times always name the smaller unit
const BARE_SMALL: ReadonlySet<string> = new Set(['ft', 'lb']);
const HYPHEN_ONLY = /^[-‐‑]$/;
const SPACE_OR_HYPHEN = /^(?:[ \t]|[-‐‑])$/;
// ("5 feet, 9 inches", "2 hours and 21 minutes": a comma or "and" may part the two when the second names its unit)
const NAMED_GAP = /^(?:,[ \t]|[ \t]and[ \t]|,[ \t]and[ \t])$/;
// "between 2 hours and 40 minutes" bounds a range; it is not one amount
const BETWEEN_BEFORE = /(?:^|[^\p{L}])between[ \t]+$/iu;

/** How the candidate after `a` ("6-foot-2": an identifier glued to "foot-") is to be read: a bare count or its own kind. */
function gluedInch(text: string, a: Candidate, b: Candidate): boolean {
  return b.rule === 'identifier-code' && a.unit === 'ft' && GLUED_INCH_AFTER.test(text.slice(b.end, b.end + 4));
}

// "2h 21m": a glued "h" is hours only with minutes after it ("Part 4h", "Platform 2h" are labels)
const GLUED_HOUR_THEN_MINUTES = /^h[ \t]\d{1,2}m(?:in)?(?![\p{L}\p{N}])/u;
function hourGlued(text: string, a: Candidate): Candidate {
  if (a.rule !== 'identifier-code' || !GLUED_HOUR_THEN_MINUTES.test(text.slice(a.end, a.end + 8))) return a;
  return { ...a, end: a.end + 1, kind: 'measure', unit: 'hour' };
}

/** Whether `b` is the next smaller unit of `big` right after it ("ft" then "6 in"), and how far a trailing "in" reaches. */
function smallerAfter(text: string, big: string, a: Candidate, b: Candidate, first: boolean): { extra: number } | null {
  const step = SMALLER[big];
  if (!step || b.value === null || b.value < 0 || b.value >= step.per || b.low !== undefined) return null;
  const gap = text.slice(a.end, b.start);
  // "2h 21m": after hours a glued "m" is minutes, not metres
  const unit = b.unit === 'm' && big === 'hour' && text[b.end - 1] === 'm' ? 'min' : b.unit;
  if (unit === step.small) return SPACE_OR_HYPHEN.test(gap) || NAMED_GAP.test(gap) ? { extra: 0 } : null;
  // a bare number after feet or pounds, only right after the first unit: "6-foot-2", "9 ft 6 in", "5ft 11in"
  if (!first || !BARE_SMALL.has(big) || b.unit !== null) return null;
  const glued = gluedInch(text, a, b);
  const bare = b.kind === 'count' || b.rule === 'identifier-glued' || glued;
  const inch = step.small === 'in' ? (glued ? GLUED_INCH_AFTER : INCH_AFTER).exec(text.slice(b.end, b.end + 5)) : null;
  if (!bare) return null;
  if (inch && SPACE_OR_HYPHEN.test(gap)) return { extra: inch[0].length };
  return HYPHEN_ONLY.test(gap) ? { extra: 0 } : null;
}

/**
 * The amount `cands[i]` starts, when the candidates after it are its smaller units: the merged figure and how many
 * candidates it took, or null.
 */
export function compoundAt(text: string, cands: readonly Candidate[], i: number): { figure: Candidate; used: number } | null {
  const a = hourGlued(text, cands[i]!);
  if (a.unit === null || a.value === null || !(a.unit in SMALLER) || a.low !== undefined) return null;
  let value = a.value;
  let end = a.end;
  let unit = a.unit;
  let per = 1;
  let used = 1;
  for (let prev = a; used < 3; used++) {
    const b = cands[i + used];
    if (!b) break;
    const found = smallerAfter(text, unit, prev, b, used === 1);
    if (!found) break;
    const step = SMALLER[unit]!;
    per *= step.per;
    value += b.value! / per;
    end = b.end + found.extra;
    unit = step.small;
    prev = b;
  }
  if (used === 1) return null;
  // ("between 2 hours and 40 minutes": the "and" bounds a range)
  if (BETWEEN_BEFORE.test(text.slice(Math.max(0, a.start - 10), a.start)) && / and /.test(text.slice(a.end, end))) return null;
  return { figure: { ...a, end, value: tidy(value), rule: 'compound-unit' }, used };
}
