// Step 5c and 6b: what a bare number leaves unsaid is carried from the figure it answers. News
// compares a figure with an earlier one without repeating the unit ("$5 billion, up from 4.2
// billion"; "82 billion kroner, down from 91 billion"; "5.2%, compared with 4.9") and lists
// counts without repeating the noun ("Ames has 40 delegates and Cole has 12.").
import { QUANTITY_KINDS, tidy, type Candidate } from './candidate.js';

// the words that set a number against the one before it
const COMPARED = /(?:(?:^|[^\p{L}])(?:from|than|versus|vs\.?|against|compared[ \t]+(?:with|to)|up[ \t]+from|down[ \t]+from))[ \t]+$/iu;
// no sentence end between the two ("$5 billion. From 3 ..." starts over)
const SENTENCE_END = /[.!?][ \t\n"'”’)]*[ \t\n]\p{Lu}|\n/u;
const REACH = 90;

function bare(c: Candidate): boolean {
  return c.kind === 'count' && c.unit === null && c.low === undefined && c.rule !== 'ratio';
}

function sameSentence(text: string, from: number, to: number): boolean {
  return to - from <= REACH && !SENTENCE_END.test(text.slice(from, to));
}

/** A bare count compared with the money, percentage or measure before it takes its kind and unit. */
export function carryUnits(text: string, cands: Candidate[]): void {
  let prev: Candidate | undefined;
  for (const c of cands) {
    if (prev && bare(c) && (prev.kind === 'money' || prev.kind === 'percent' || prev.kind === 'measure') && sameSentence(text, prev.end, c.start)
      && COMPARED.test(text.slice(Math.max(0, c.start - 24), c.start))) {
      // a spelled fraction set against a percentage ("15% of the crop, up from a tenth") is that share in percent;
      // against money or a measure it names no amount of its own, and stays a count
      const fraction = c.words && c.value !== null && c.value > 0 && c.value < 1;
      if (fraction && prev.kind === 'percent') { c.kind = 'percent'; c.unit = prev.unit; c.value = tidy(c.value! * 100); }
      else if (!fraction) { c.kind = prev.kind; c.unit = prev.unit; }
    }
    if (QUANTITY_KINDS.has(c.kind)) prev = c;
  }
}

// ", or": the same change said again in other terms ("rose 120 points, or 1.2%")
const RESTATED = /^,[ \t]+or[ \t]+$/;

/**
 * A percentage restating a change takes the change's direction: "Brent settled up $2.31, or 2.5%",
 * "the index lost 45 points, or 0.9 percent" (market wraps write every move this way). Only a
 * move with a direction passes it on: "revenue was $4 billion, or 12% of sales" stays exact.
 */
export function carryDirection(text: string, cands: Candidate[]): void {
  for (let i = 1; i < cands.length; i++) {
    const c = cands[i]!;
    const prev = cands[i - 1]!;
    if (c.kind === 'percent' && c.qualifier === 'exact' && (prev.qualifier === 'up' || prev.qualifier === 'down')
      && c.start - prev.end <= 8 && RESTATED.test(text.slice(prev.end, c.start))) c.qualifier = prev.qualifier;
  }
}

// what follows a number whose noun was left out: the end of a clause ("... and Cole has 12.", "12, ...")
const CLAUSE_END_AFTER = /^(?:[ \t]*(?:[.,;:)!?]|$)|[ \t]+(?:and|or|but|while|whereas|in|on|at|last|this|a|an|per)(?![\p{L}]))/iu;

const TO_GAP = /^,?[ \t]+to[ \t]+$/;
const OF_BEFORE = /(?:^|[^\p{L}])of[ \t]+$/iu;

/** The subject a figure with none takes from the figure before it in the same sentence, when its noun was left out. */
export function carriedSubject(text: string, c: Candidate, prev: Candidate | undefined): string | null {
  // "Revenue rose 27% to $186 million": the new level after a change is the same thing's
  // and so is the same change said again ("The index fell 300 points, or 0.8%")
  if (prev && prev.subject !== null && (prev.qualifier === 'up' || prev.qualifier === 'down')) {
    const gap = text.slice(prev.end, c.start);
    if (TO_GAP.test(gap) || RESTATED.test(gap)) return prev.subject;
  }
  if (!prev || prev.subject === null || prev.kind !== c.kind || prev.unit !== c.unit || !sameSentence(text, prev.end, c.start)) return null;
  // "a labour pool of 18 million": the noun before "of" is what it measures, not the last figure's
  if (!CLAUSE_END_AFTER.test(text.slice(c.end, c.end + 10)) || OF_BEFORE.test(text.slice(Math.max(0, c.start - 4), c.start))) return null;
  return prev.subject;
}
