// Step 4c, a result line: "Hartlepool 3 Barrow 1", "Final score: Leinster 24 Munster 17." Each side's name is followed by
// its score, as sport pages print results; neither number counts the name after it ("3 Barrow") nor is the name's
// identifier ("Barrow 1"). Both become kind "other", rule "score", as a hyphened score ("won 4-1") already is.
import type { Candidate } from './candidate.js';

// a side's name: one to three capitalised words
const NAME = String.raw`\p{Lu}[\p{L}'’.&-]*(?:[ \t]+\p{Lu}[\p{L}'’.&-]*){0,2}`;
const NAME_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}\p{N}])${NAME}[ \t]+$`, 'u');
const NAME_BETWEEN = new RegExp(String.raw`^[ \t]+${NAME}[ \t]+$`, 'u');
// after the second score the line or clause ends, or the match report goes on ("after extra time", "at home", "(aet)");
// a unit or a noun after it ("Leeds 2 Chelsea 1 shares") makes it something else
const LINE_ENDS = /^(?:[ \t]*(?:[.,;:!?)\n—–]|$)|[ \t]+(?:after|in|at|on|was|is|with|and|but|as|thanks|[(]))/u;
const SCORE = /^\d{1,2}$/;

/** Marks the two numbers of each result line among `found` (text order). */
export function markScoreLines(text: string, found: Candidate[]): void {
  for (let i = 0; i + 1 < found.length; i++) {
    const a = found[i]!;
    const b = found[i + 1]!;
    if (!plainScore(text, a) || !plainScore(text, b)) continue;
    if (!NAME_BETWEEN.test(text.slice(a.end, b.start)) || !LINE_ENDS.test(text.slice(b.end, b.end + 12))) continue;
    if (!NAME_BEFORE.test(text.slice(Math.max(0, a.start - 40), a.start))) continue;
    for (const c of [a, b]) Object.assign(c, { kind: 'other', subject: null, rule: 'score' });
    i++;
  }
}

function plainScore(text: string, c: Candidate): boolean {
  return c.plainDigits && c.unit === null && c.qualifier === 'exact' && (c.kind === 'count' || c.kind === 'other') && SCORE.test(text.slice(c.start, c.end));
}
