// Step 0: dates, times, years-with-months and decades, found before any number is read so that
// "March 9, 2021", "3/9/2021", "6:30 p.m." and "the 1990s" never become quantities.
import { dropOverlaps, scanned, type Candidate } from './candidate.js';
import { clockDuration } from './clock-durations.js';

const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)`;
const month = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|apr(?:il)?|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
const ANY_MONTH = `(?:${MONTH}|${month})`;
const DAY = String.raw`(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?`;
const YEAR = String.raw`(?:1[0-9]{3}|20[0-9]{2})`;

// verbs whose "at" names a time of day, not a level: a journey's start and end, an event's start
const CLOCK_VERBS = [
  'left', 'leave', 'leaves', 'departed', 'depart', 'departs', 'arrived', 'arrive', 'arrives', 'landed', 'land', 'lands',
  'began', 'begin', 'begins', 'started', 'start', 'starts', 'kicked off', 'kick off', 'kicks off', 'kick-off',
  'set off', 'sets off', 'set out', 'woke', 'wakes', 'wake', 'struck', 'strikes',
].map((v) => v.replace(/ /g, String.raw`[ \t]+`));

// one alternation per date shape, each bounded; names are case-sensitive except the unambiguous
// months ("may" and "march" are verbs in lower case)
// each pattern has a hint: a plain pattern every match of it contains, tried first on the window (most
// windows hold no month name, no colon, no "0s"): the patterns open with a Unicode look-behind that is
// slow to try at every position
const MONTH_HINT = /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|jan|feb|apr|jun|jul|aug|sep|oct|nov|dec/;
const DATE_PATTERNS: { re: RegExp; hint: RegExp; kind: 'date' | 'year'; rule: string }[] = [
  // ("Oct. 2-6", "June 10–12, 2024": a span of days is one date)
  { re: new RegExp(String.raw`(?<![\p{L}\p{N}])${ANY_MONTH}\.?[ \t\u00a0]${DAY}(?:[-–]${DAY}(?![\p{N}]))?(?:,?[ \t\u00a0]${YEAR})?(?![\p{L}\p{N}])`, 'gu'), hint: MONTH_HINT, kind: 'date', rule: 'date-month-day' },
  { re: new RegExp(String.raw`(?<![\p{L}\p{N}])${DAY}[ \t\u00a0](?:of[ \t])?${ANY_MONTH}(?:\.?,?[ \t\u00a0]${YEAR})?(?![\p{L}\p{N}])`, 'gu'), hint: MONTH_HINT, kind: 'date', rule: 'date-day-month' },
  { re: new RegExp(String.raw`(?<![\p{L}\p{N}])${ANY_MONTH}\.?,?[ \t\u00a0]${YEAR}(?![\p{L}\p{N}])`, 'gu'), hint: MONTH_HINT, kind: 'date', rule: 'date-month-year' },
  { re: /(?<![\p{L}\p{N}/.-])(?:\d{4}-[01]\d-[0-3]\d|[0-3]?\d[/.][01]?\d[/.](?:\d{4}|\d{2})|[01]?\d\/[0-3]?\d\/(?:\d{4}|\d{2}))(?![\p{N}/])/gu, hint: /\d[-/.]\d/, kind: 'date', rule: 'date-numeric' },
  // clock times: "6:30", "6pm", "6 p.m.", "4.25 am"; a closing dot belongs to "a.m." but not to
  // "3am." (there it ends the sentence)
  { re: /(?<![\p{L}\p{N}:.])(?:[01]?\d|2[0-3])(?::[0-5]\d(?::[0-5]\d)?(?:[ \t]?[ap](?:\.m\b\.?|m\b))?|(?:[.:][0-5]\d)?[ \t]?[ap](?:\.m\.?|m)(?![\p{L}]))/giu, hint: /\d:|\d[ \t]?[ap]|\d[.:]\d\d[ \t]?[ap]/i, kind: 'date', rule: 'time' },
  // "the train left at 6.40", "kick-off is due to start at 7.45": a time of day written with a dot (British style) and
  // no "am"/"pm", read only after a verb of setting out, arriving or starting and "at"; "closed at 6.40" or "opened at"
  // are as often a price or an index, so those verbs are not here, and a unit after ("at 5.25%") makes it a level
  { re: new RegExp(String.raw`(?<=(?:^|[^\p{L}])(?:${CLOCK_VERBS.join('|')})[ \t]+at[ \t]+(?:(?:about|around|roughly|precisely|exactly)[ \t]+)?)(?:[01]?\d|2[0-3])\.[0-5]\d(?![\p{L}\p{N}%]|[.,]\d|[ \t]?(?:per|percent|points?|pence|cents?)(?![\p{L}]))`, 'giu'), hint: /\d\.[0-5]\d/, kind: 'date', rule: 'time' },
  // ("the over-50s", "under-30s": an age band, not a decade)
  { re: /(?<![\p{L}\p{N}])(?<!(?:over|under)[-‐‑ ]?)(?:1[0-9]|20)?\d0s(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])['’]\d0s(?![\p{L}\p{N}])/gu, hint: /\d0s/, kind: 'year', rule: 'decade' },
  // "2012-13", "2019-2020", "1939–45": spans of years
  { re: /(?<![\p{L}\p{N}.,])(?:19|20)\d{2}[-–/](?:(?:19|20)\d{2}|\d{2})(?![\p{N}])/gu, hint: /(?:19|20)\d\d[-–/]/, kind: 'year', rule: 'year-span' },
];

// every date shape holds a digit: the patterns run only on windows around digits, which are
// few in prose, instead of over the whole text once per pattern
const DIGIT_RUNS = /\d+/g;
const REACH = 24;

function digitWindows(text: string): [number, number][] {
  const out: [number, number][] = [];
  DIGIT_RUNS.lastIndex = 0;
  for (let m = DIGIT_RUNS.exec(text); m; m = DIGIT_RUNS.exec(text)) {
    const lo = Math.max(0, m.index - REACH);
    const hi = Math.min(text.length, m.index + m[0].length + REACH);
    const last = out[out.length - 1];
    if (last && lo <= last[1]) last[1] = hi; else out.push([lo, hi]);
  }
  return out;
}

export function findDates(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const [lo, hi] of digitWindows(text)) {
    // one character of context on each side keeps the patterns' word-boundary checks honest
    const from = Math.max(0, lo - 1);
    const window = text.slice(from, Math.min(text.length, hi + 1));
    // (the three month patterns share one hint: it is tested once a window)
    let hint: RegExp | null = null;
    let hinted = false;
    for (const pattern of DATE_PATTERNS) {
      if (pattern.hint !== hint) { hint = pattern.hint; hinted = hint.test(window); }
      if (hinted) collect(window, from, pattern, found);
    }
  }
  // earlier and longer first; drop any that overlap one already kept
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  // ("finished in 2:08:15": a clock-written duration after a word of timing is a figure, clock-durations.ts)
  return dropOverlaps(found).filter((c) => c.rule !== 'time' || !raceClock(text, c.start));
}

function collect(window: string, offset: number, { re, kind, rule }: (typeof DATE_PATTERNS)[number], found: Candidate[]): void {
  re.lastIndex = 0;
  for (let m = re.exec(window); m; m = re.exec(window)) {
    const start = offset + m.index;
    const end = start + m[0].length;
    if (rule === 'year-span' && !yearSpanOk(m[0])) continue;
    const year = kind === 'year' && /^\d{4}/.test(m[0]) ? Number(m[0].slice(0, 4)) : null;
    found.push(scanned(start, end, year, rule, kind));
  }
}

/** "2012-13" is a span of years only if the second part comes after the first. */
function yearSpanOk(s: string): boolean {
  const [a = '', b = ''] = s.split(/[-–/]/);
  const first = Number(a);
  const second = b.length === 2 ? Math.floor(first / 100) * 100 + Number(b) : Number(b);
  return second > first && second - first < 30;
}

function raceClock(text: string, start: number): boolean {
  const first = /^\d{1,2}/.exec(text.slice(start, start + 2))?.[0];
  return first !== undefined && clockDuration(text, start, first, start + first.length) !== null;
}
