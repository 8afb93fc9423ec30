// Step 6b: counts stated as rates. "500 people a day", "1,200 passengers per day", "two bottles per person": the
// count is per a unit of time or an item, and the base goes into its unit ("/day", "/person") as it does for money
// ("$12 an hour" is "USD/hour", rates.ts). "12 deaths per 100,000 residents", "6 per 10,000 adults": a count per a
// round base is one rate (unit "/100000"), not two counts. It stays the number written, not a percentage as "four
// in 10" is (ratios.ts): "in" and "out of" take a part of a whole, while "per" need not ("2.5 hospital beds per
// 1,000 people": the beds are no part of the people). After the subjects, so the noun between the count and its
// base ("people" in "500 people a day") is the subject already read and the base is never read as one.
import { ITEM_BASES, TIME_BASES } from '../../lexicon/rate-bases.js';
import type { Candidate } from './candidate.js';

// the words between a count and "a", "an" or "per": none ("500 a day") or the count's own noun ("500 people a day")
const RATE_AFTER = /^((?:[ \t]+[\p{L}'’-]+){0,4}?)[ \t]+(a|an|per)[ \t]+(\p{Ll}+)(?![\p{L}\p{N}])/u;
// a time phrase, not a rate: "two people a year ago", "40 workers a month before the strike", "a day-old tally"
const TIME_PHRASE_AFTER = /^(?:[ \t]+(?:ago|earlier|later|before|after|prior|since|from[ \t]+now|old|or[ \t]+so)|-old)(?![\p{L}])/iu;
// a span of time given to the people counted, not a rate: "gave 200 workers a day off", "a week's wages", "a week to
// appeal", "a year of training", "a day-long course" (the "to" of a place keeps the rate: "900 tourists a day to the isle")
// (nor is the place a few nouns name without an article: "drives 300 pupils a day to school", "brings 40 patients a night to
// hospital": a journey, so still a rate; not "work", which after "to" is as often a verb: "a week to work out a deal")
const TIME_GIVEN_AFTER = /^(?:['’]s(?![\p{L}])|-|[ \t]+(?:off|of)(?![\p{L}])|[ \t]+to[ \t]+(?!(?:the|a|an|its|their|his|her|our|this|these|those|school|hospital|church|court|town|college|university|class|prison|jail|bed|sea|camp|safety|shore)(?![\p{L}]))\p{Ll})/u;
const PER_GAP = /^((?:[ \t]+[\p{L}'’-]+){0,4}?)[ \t]+per[ \t]+$/u;
const SPACES = /[ \t]+/g;

/** Whether `words` (as written between the count and its base) are the count's subject, or there are none; a
 * letter alone is no noun ("3 m a year": a million or a metre, not a rate of "m"). */
function ownNoun(words: string, subject: string | null): boolean {
  const w = words.trim().replace(SPACES, ' ');
  return w === '' || (subject !== null && w.replace(/[.’']+$/, '') === subject && w.length > 1);
}

const countLike = (c: Candidate): boolean => (c.kind === 'count' && c.unit === null) || (c.kind === 'money' && c.unit !== null && !c.unit.includes('/'));

/** "100", "1,000", "100,000", "1 million": a base a rate is counted per. */
function roundBase(c: Candidate): boolean {
  if (c.kind !== 'count' || c.unit !== null || c.value === null || c.low !== undefined || c.qualifier !== 'exact' || c.value < 100) return false;
  const exponent = Math.log10(c.value);
  return Math.abs(exponent - Math.round(exponent)) < 1e-9;
}

/** Counts followed by what they are counted per: the base joins the unit and the span (a new list; the base number
 * of "per 1,000" is taken into the rate). */
export function markCountRates(text: string, cands: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]!;
    out.push(c);
    if (!countLike(c) || (c.value === null && c.low === undefined)) continue;
    const next = cands[i + 1];
    // "12 deaths per 100,000 residents"
    if (next && next.start - c.end <= 48 && roundBase(next)) {
      const gap = PER_GAP.exec(text.slice(c.end, next.start));
      if (gap && ownNoun(gap[1] ?? '', c.subject)) {
        c.unit = `${c.unit ?? ''}/${next.value}`;
        c.end = next.end;
        c.subject ??= next.subject;
        i++;
        continue;
      }
    }
    if (c.kind !== 'count') continue;
    // "500 people a day", "two bottles per person"
    const m = RATE_AFTER.exec(text.slice(c.end, c.end + 64));
    if (!m || !ownNoun(m[1] ?? '', c.subject)) continue;
    const base = m[3]!;
    if (!(TIME_BASES.has(base) || (m[2] === 'per' && ITEM_BASES.has(base)))) continue;
    const end = c.end + m[0].length;
    if (TIME_BASES.has(base) && (TIME_PHRASE_AFTER.test(text.slice(end, end + 16)) || TIME_GIVEN_AFTER.test(text.slice(end, end + 16)))) continue;
    c.unit = `/${base}`;
    c.end = end;
  }
  return out;
}
