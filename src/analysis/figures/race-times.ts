// Step 1, a time written with the minute and second marks: "1'52\"", "2’05”", "3′41.28″". Skiing, swimming, rowing
// and cycling results give times this way; read with the foot and inch marks it is a height of one foot and more
// inches than a foot holds. It is one duration in seconds (112, 125, 221.28). Two-digit seconds 12 to 59 or with a
// leading zero can be no inches; "1'10\"" and "1'11\"" could, and are a time only after a word of racing or timing
// ("won in", "clocked", "a time of"), else the height reader (height-marks.ts) has them.
import { scanned, tidy, type Candidate } from './candidate.js';

// the minute mark, two-digit seconds with an optional fraction, the second mark (or a doubled straight quote);
// no letter or digit may follow
const MARKED_TIME = /['’′]([0-5]\d)(?:\.(\d{1,3}))?(?:["”″]|'')(?![\p{L}\p{N}])/uy;
// digits or a mark right before the minutes: a chain of marks ("45°30'15\"") is an angle, not a time
const CHAIN_BEFORE = /[\p{N}°'’′"”″:.,]$/u;
// a word of racing or timing right before the figure: "won in", "clocked", "a time of", "finished the course in"
// ("in at" is how a height is listed, "measured in at 6'11\"", "came in at 6'10\"": no "at" after a bare "in")
export const TIMED_BEFORE = /(?:^|[^\p{L}])(?:in|(?:clocked|timed|time|times|finished|won|record|lap|posted|best)(?:[ \t]+(?:of|at))?)[ \t]+$/iu;

/** The minutes `first` (digits ending at `firstEnd`) and the seconds after the marks, as one duration in seconds. */
export function markedTime(text: string, at: number, first: string, firstEnd: number): Candidate | null {
  if (!/^\d{1,3}$/.test(first) || CHAIN_BEFORE.test(text.slice(Math.max(0, at - 1), at))) return null;
  MARKED_TIME.lastIndex = firstEnd;
  const m = MARKED_TIME.exec(text);
  if (!m) return null;
  const seconds = m[1]!;
  // "5'10\"", "6'11\"": feet and inches, unless a word of timing says otherwise
  const inches = m[2] === undefined && (seconds === '10' || seconds === '11');
  if (inches && !TIMED_BEFORE.test(text.slice(Math.max(0, at - 24), at))) return null;
  const c = scanned(at, firstEnd + m[0].length, tidy(Number(first) * 60 + Number(`${seconds}.${m[2] ?? '0'}`)), 'race-time', 'measure');
  c.unit = 's';
  return c;
}
