// Step 1, a duration written like a clock after a word of racing or timing: "finished in 2:08:15", "clocked 1:02:44.6",
// "won in 3:51.27". Marathon, cycling and swimming results give times this way; without such a word "2:08:15" is read
// as a time of day (dates.ts). Hours, minutes and seconds (or minutes, seconds and a fraction) are one duration in seconds.
import { scanned, tidy, type Candidate } from './candidate.js';
import { TIMED_BEFORE } from './race-times.js';

// after the first number: ":mm:ss" with an optional fraction, or ":ss" with a fraction; no letter, digit, colon or
// "am"/"pm" after ("2:08" alone could be hours and minutes or minutes and seconds: left a time of day)
const CLOCK_PARTS = /:([0-5]\d)(?::([0-5]\d))?(?:\.(\d{1,3}))?(?![\p{L}\p{N}:]|[ \t]?[ap]\.?m(?![\p{L}]))/uy;
// a bare "in" times a race only after a word of finishing, winning or running up to three words back ("won the 1500m
// in 4:01.35"); "the polls close in 8:00:00" or "starts in 10:30:00" give a time of day, not a result
const BARE_IN = /(?:^|[^\p{L}])in[ \t]+$/iu;
const FINISH_BEFORE_IN = /(?:^|[^\p{L}])(?:finish\w*|won|wins?|winning|ran|runs?|running|complet\w*|swam|swims?|rode|raced?|crossed)(?:[ \t]+\S+){0,3}[ \t]+in[ \t]+$/iu;
// digits or a mark right before: part of a longer chain, not the start of a time
const CHAIN_BEFORE = /[\p{N}:.,]$/u;

/** The clock-written duration whose first number `first` ends at `firstEnd`, or null. */
export function clockDuration(text: string, at: number, first: string, firstEnd: number): Candidate | null {
  if (!/^\d{1,2}$/.test(first) || text[firstEnd] !== ':' || CHAIN_BEFORE.test(text.slice(Math.max(0, at - 1), at))) return null;
  CLOCK_PARTS.lastIndex = firstEnd;
  const m = CLOCK_PARTS.exec(text);
  // two parts are a duration only with a fraction of a second ("3:51.27")
  if (!m || (m[2] === undefined && m[3] === undefined)) return null;
  const before = text.slice(Math.max(0, at - 24), at);
  if (!TIMED_BEFORE.test(before) || (BARE_IN.test(before) && !FINISH_BEFORE_IN.test(text.slice(Math.max(0, at - 60), at)))) return null;
  const fraction = Number(`0.${m[3] ?? '0'}`);
  const seconds = m[2] === undefined
    ? Number(first) * 60 + Number(m[1]) + fraction
    : Number(first) * 3600 + Number(m[1]) * 60 + Number(m[2]) + fraction;
  const c = scanned(at, firstEnd + m[0].length, tidy(seconds), 'clock-duration', 'measure');
  c.unit = 's';
  return c;
}
