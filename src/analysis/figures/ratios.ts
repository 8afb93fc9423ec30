// Step 5b: "four in 10 voters", "one in five children", "3 out of 4 dentists", "nine of 10
// Republicans": two counts that state a proportion are one figure, a percentage (40, 20, 75, 90),
// not two counts. News and polls write shares this way as often as with "%"; read as two counts,
// "10" would count the voters and "four" nothing.
import { tidy, type Candidate } from './candidate.js';

// "in" and "out of" state a share between any two counts; "of" only before 10 or 100 (a
// poll's base): "nine of 10 voters", while "two of 12 jurors" may as well count jurors
const IN_OR_OUT_OF = /^[ \t\u00a0]+(?:in|out[ \t\u00a0]+of)[ \t\u00a0]+$/i;
const OF = /^[ \t\u00a0]+of[ \t\u00a0]+$/i;
const MAX_GAP = 10;

/** A bare count: no unit, no range, no movement (a share is no change). */
function bareCount(c: Candidate): boolean {
  return c.kind === 'count' && c.unit === null && c.value !== null && c.value > 0 && c.low === undefined && c.qualifier !== 'up' && c.qualifier !== 'down';
}

export function mergeRatios(text: string, cands: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < cands.length; i++) {
    const a = cands[i]!;
    const b = cands[i + 1];
    if (!b || b.start - a.end > MAX_GAP || !bareCount(a) || !bareCount(b) || b.qualifier !== 'exact' || !(a.value! < b.value!)) { out.push(a); continue; }
    const gap = text.slice(a.end, b.start);
    const share = IN_OR_OUT_OF.test(gap) || (OF.test(gap) && (b.value === 10 || b.value === 100));
    if (!share) { out.push(a); continue; }
    out.push({
      start: a.start, end: b.end, value: tidy((a.value! / b.value!) * 100), kind: 'percent', unit: '%', qualifier: a.qualifier,
      subject: b.subject, rule: 'ratio', words: a.words && b.words, scale: 1, plainDigits: false,
    });
    i++;
  }
  return out;
}
