// Step 1: every number in the text, digits or words, valued but not yet given a unit or kind.
// One global regex finds where a number may start; `readNumber` reads it to its end and the
// scan resumes there, so each character is looked at a bounded number of times.
import { FRACTION_WORDS, GROUP_WORDS, ORDINAL_WORDS, SCALE_WORDS, TENS_WORDS, UNIT_WORDS, VULGAR_FRACTIONS } from '../../lexicon/number-words.js';
import { scanned, tidy, type Candidate } from './candidate.js';
import { digitShape } from './digit-shapes.js';
import { DIGITS, readNumber, type NumberRead } from './read-number.js';
import { isDivision, overAt } from './notation.js';
import { trie } from './trie.js';

// words a spelled-out number may start with (a plural fraction never starts one: "two thirds")
const START_WORDS = new Set([
  ...Object.keys(UNIT_WORDS), ...Object.keys(TENS_WORDS), ...Object.keys(FRACTION_WORDS).filter((w) => !w.endsWith('s')), ...Object.keys(ORDINAL_WORDS),
  ...Object.keys(GROUP_WORDS).filter((w) => w.length > 3),
  ...Object.keys(SCALE_WORDS).filter((w) => w.length > 4),
]);
const vulgar = Object.keys(VULGAR_FRACTIONS).join('');

// digits not glued to a lowercase word ("mp3", "covid19" stay out); uppercase letters may
// precede ("USD34", "G7": the kinds step tells currencies from identifiers), and so may the shilling's letters
// ("Sh5 million", "KSh2bn": money-before.ts decides whether the amount has the shape of money)
// (the lookahead first: V8 tries the lookbehinds at every offset of the text it scans unless a cheap test of the
// char there fails first: the scan of news text took four to seven times as long without it)
const DIGIT_START = /(?=[\d.])(?:(?<![\p{Ll}\p{N}_.,])|(?<=(?<![\p{L}])[KTU]?Shs?))(?:\d|\.\d)/gu;
// number words, whole words only; case is checked after (lower, Capitalised or UPPER). ASCII \b
// is far cheaper than a Unicode lookbehind; the Unicode edges are checked in JS after a match.
const WORD_START = new RegExp(String.raw`\b(?:${trie([...START_WORDS])})\b`, 'gi');
const VULGAR_START = new RegExp(`[${vulgar}]`, 'gu');

interface Scanner { re: RegExp; next: RegExpExecArray | null; done: boolean }
const scanner = (re: RegExp): Scanner => ({ re, next: null, done: false });

/** The earliest number start at or after `from`, from three scans that each move forward only. */
function makeStarts(text: string): (from: number) => RegExpExecArray | null {
  // the module's regexes are reused (scanning is synchronous, never re-entered): no RegExp built per document
  const scanners = [scanner(DIGIT_START), scanner(WORD_START), scanner(VULGAR_START)];
  return (from: number) => {
    let best: RegExpExecArray | null = null;
    for (const s of scanners) {
      if (s.done) continue;
      if (!s.next || s.next.index < from) {
        s.re.lastIndex = from;
        s.next = s.re.exec(text);
        if (!s.next) { s.done = true; continue; }
      }
      if (!best || s.next.index < best.index) best = s.next;
    }
    return best;
  };
}

// "7 1/2 miles", "2 1/4": a whole number and a fraction
const MIXED = /[ \t]{1,3}(\d{1,3})\/(\d{1,3})(?![\d/])/y;
// hoisted out of the scan loop (a literal there builds a new RegExp object for every number)
const LETTER_FIRST = /^[A-Za-z]/;
const WORD_BEFORE = /[\p{L}\p{N}_'’-]/u;
const WORD_AFTER = /[\p{L}\p{N}]/u;
const DIGIT_FIRST = /^[\d.]/;
const VULGAR_AFTER = /^[ \t\u00a0]?(\S)/u;

/** The number after "over" when "N over M" is a division, read as the scan reads any number. */
function division(text: string, n: NumberRead): { value: number; end: number } | null {
  const at = overAt(text, n.end);
  if (at < 0) return null;
  let first: string;
  if (/\d/.test(text[at] ?? '')) {
    DIGITS.lastIndex = at;
    first = DIGITS.exec(text)?.[0] ?? '';
  } else first = /^\p{L}{1,12}/u.exec(text.slice(at, at + 12))?.[0] ?? '';
  if (first === '' || !(/^\d/.test(first) || START_WORDS.has(first.toLowerCase()))) return null;
  const m = readNumber(text, at, first, at + first.length);
  if (!m || m.ordinal || m.fraction || !isDivision(text, n.value, m.value, m.end)) return null;
  return { value: tidy(n.value / m.value), end: m.end };
}

export function scanNumbers(text: string): Candidate[] {
  const out: Candidate[] = [];
  const next = makeStarts(text);
  let from = 0;
  for (let m = next(from); m; m = next(from)) {
    const at = m.index;
    from = at + m[0].length;
    const ch = text[at] ?? '';
    if (ch in VULGAR_FRACTIONS) {
      out.push(scanned(at, at + 1, VULGAR_FRACTIONS[ch]!, 'fraction'));
      continue;
    }
    let first = m[0];
    let firstEnd = at + first.length;
    if (LETTER_FIRST.test(first)) {
      // not inside a longer word: "café-one", "l'un", "o'clock"
      if (WORD_BEFORE.test(text[at - 1] ?? ' ') || WORD_AFTER.test(text[firstEnd] ?? ' ')) continue;
      const w = first.toLowerCase();
      // "one", "Two", "THREE"; but not "tWo"
      if (!START_WORDS.has(w) || (first !== w && first !== w[0]!.toUpperCase() + w.slice(1) && first !== w.toUpperCase())) continue;
    }
    if (DIGIT_FIRST.test(first)) {
      DIGITS.lastIndex = at;
      const d = DIGITS.exec(text);
      if (!d) continue;
      first = d[0];
      firstEnd = at + first.length;
      // a shape only digits take: "3.7×10−4", "1e9", "21st", "3/4", "24/7"
      const shaped = digitShape(text, at, first, firstEnd);
      if (shaped) {
        out.push(shaped);
        from = shaped.end;
        continue;
      }
    }
    const read = readNumber(text, at, first, firstEnd);
    if (!read) { from = firstEnd; continue; }
    // "one over three", "1500 over 7": a division said in words
    const div = read.ordinal || read.fraction ? null : division(text, read);
    if (div) {
      out.push(scanned(read.start, div.end, div.value, 'fraction', 'count', read.words));
      from = div.end;
      continue;
    }
    let { end, value } = read;
    if (!read.words && read.plainDigits) {
      // "7 1/2 miles", "2 1/4": a whole number and a fraction
      MIXED.lastIndex = end;
      const mx = MIXED.exec(text);
      if (mx && Number(mx[2]) > Number(mx[1]) && text[end + mx[0].length] !== '/') {
        value = tidy(value + Number(mx[1]) / Number(mx[2]));
        end += mx[0].length;
      } else {
        // "5 ½ years", "2¼"
        const v = VULGAR_AFTER.exec(text.slice(end, end + 2));
        if (v && v[1] && v[1] in VULGAR_FRACTIONS) { value = tidy(value + VULGAR_FRACTIONS[v[1]]!); end += v[0].length; }
      }
    }
    out.push(scanned(read.start, end, value, read.ordinal ? 'ordinal-words' : read.words ? 'words' : 'digits',
      read.ordinal ? 'ordinal' : 'count', read.words, read.scale, read.plainDigits && end === firstEnd));
    from = Math.max(end, at + 1);
  }
  return out;
}
