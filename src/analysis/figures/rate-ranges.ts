// Step 6c: a range whose two ends each carry the rate: "between $60 a barrel and $70 a barrel", "from $9 a ticket to
// $14 a ticket", "between 20 patients a day and 30 patients a day". ranges.ts joins "between $60 and $70 a barrel",
// where the rate follows the second end only; here each end has taken its base (rates.ts, count-rates.ts), so the
// pair is joined once the rates are read, on the same terms: "between ... and", or "from ... to" after no verb of
// movement ("rose from $5 a kilo to $9 a kilo" is a change and the level it reached: two figures).
import { tidy, type Candidate } from './candidate.js';
import { MOVEMENT_BEFORE } from './ranges.js';

// The words between a range's two ends, named apart from mentions/words.ts AND_GAP (which joins two names and takes '&'):
// a range's 'and' is a word ("$60 a barrel & $70" is no range) on one line, in any case (a headline's "AND").
const BETWEEN_AND_GAP = /^[ \t\u00a0]+and[ \t\u00a0]+$/i;
const FROM_TO_GAP = /^[ \t\u00a0]+(?:to|through)[ \t\u00a0]+$/i;
const BETWEEN_END = /(?:^|[^\p{L}])(between[ \t\u00a0]+)$/iu;
const FROM_END = /(?:^|[^\p{L}])(from[ \t\u00a0]+)$/iu;

const rated = (c: Candidate): boolean => c.unit !== null && c.unit.includes('/') && c.value !== null && c.low === undefined;
const moved = (c: Candidate): boolean => c.qualifier === 'up' || c.qualifier === 'down';

/** Pairs of rates in one unit written as the two ends of a range become one range (a new list). */
export function mergeRateRanges(text: string, cands: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < cands.length; i++) {
    const a = cands[i]!;
    const b = cands[i + 1];
    if (!b || !rated(a) || !rated(b) || a.unit !== b.unit || a.kind !== b.kind || moved(a) || moved(b) || !(a.value! < b.value!)) { out.push(a); continue; }
    const gap = text.slice(a.end, b.start);
    const before = text.slice(Math.max(0, a.start - 32), a.start);
    const opener = BETWEEN_AND_GAP.test(gap) ? BETWEEN_END.exec(before) : FROM_TO_GAP.test(gap) && !MOVEMENT_BEFORE.test(before) ? FROM_END.exec(before) : null;
    if (!opener) { out.push(a); continue; }
    out.push({
      start: a.start - opener[1]!.length, end: b.end, value: null, low: a.value!, high: tidy(b.value!), kind: a.kind, unit: a.unit,
      qualifier: a.qualifier, subject: a.subject ?? b.subject, rule: 'range-rate', words: a.words && b.words, scale: b.scale, plainDigits: false,
    });
    i++;
  }
  return out;
}
