// Sentences within one paragraph, in one left-to-right pass. A sentence ends at . ! ? or …
// (with any closing quotes and brackets after it) followed by white space (or a glued opening mark) and a plausible sentence start.
// Not an end: a title abbreviation ("Mr."), an initial ("J. R."), a mid-sentence abbreviation before a
// number or a lower-case word ("Jan. 5"), a dotted acronym ("U.S.") unless a sentence-starting
// function word follows, and a quote that goes on with a lower-case word or a comma (`"Stop!" he said`).
import type { Sentence } from '../../types.js';
import { CLOCK_ABBREVIATIONS, CLOCK_CONTINUATIONS, MID_ABBREVIATIONS, NUMBER_REFERENCES, PLURAL_TITLE_ABBREVIATIONS, SENTENCE_STARTERS, TITLE_ABBREVIATIONS } from '../../lexicon/abbreviations.js';
import { SPEECH_FORMS } from '../../lexicon/speech-verbs.js';
import { letterEndingAt } from './letters.js';
import { isBlankCode } from './blanks.js';
import { quoteReadsAsSentence } from './quoted-sentence.js';

// “Will you?” Ann Lee asked. : after a closing mark, a speech verb within the next five words
const WORDS = /[\p{L}]+/gu;

// terminator run, then closers; no lookahead, so a run of thousands of "!" is matched once (linear)
const END = /[.!?…]+[”’"'»›)\]]*/g;

/**
 * The word just before a period: letters and internal dots ("U.S", "Mr", "J"), the longest such run
 * ending the window, which is what /(?:\p{L}+\.)*\p{L}+$/u finds; read backwards, since that
 * end-anchored pattern is tried from every position of the window, before every period of the text.
 */
function wordBefore(window: string): string {
  let start = window.length;
  for (let k = letterEndingAt(window, start); k > 0; k = letterEndingAt(window, start)) start -= k;
  // a dot between two letters joins them ("U.S"); a dot with no letter before it ends the word
  while (start < window.length && window[start - 1] === '.' && letterEndingAt(window, start - 1) > 0) {
    start--;
    for (let k = letterEndingAt(window, start); k > 0; k = letterEndingAt(window, start)) start -= k;
  }
  return window.slice(start);
}
const NEXT_WORD = /^[\p{L}]+/u;
const OPENING_QUOTE_THEN_CAPITAL = /^[“"‘«„]\p{Lu}/u;

function isEnd(text: string, at: number, termEnd: number, next: string, nextAt: number): boolean {
  const term = text.slice(at, termEnd);
  // only after ? and ! inside a quote: `“I will.” She said so` starts a new sentence in news style
  if (/^(?:[?!]+|…|\.\.\.)$/.test(term) && /^[”"’'»]/.test(text.slice(termEnd, nextAt))) {
    const window = text.slice(nextAt, nextAt + 50);
    WORDS.lastIndex = 0;
    let n = 0;
    for (let w = WORDS.exec(window); w !== null && n < 5; w = WORDS.exec(window), n++) {
      const verb = SPEECH_FORMS.get(w[0].toLowerCase());
      if (verb === undefined || (verb.group !== 'speech' && verb.group !== 'writing')) continue;
      // an ambiguous form ("responded", "added") counts when it ends the attribution: “Why?” Lee responded.
      if (!verb.ambiguous || /^\s*[.,;]/.test(window.slice(w.index + w[0].length))) return false;
    }
  }
  if (!/^\p{Lu}|^\p{N}|^[“"‘'«‹„(\[¿¡—–-]/u.test(next)) return false; // the next sentence must start like one
  if (term !== '.') return true; // ! ? … and ".." always end
  const before = wordBefore(text.slice(Math.max(0, at - 40), at));
  const lower = before.toLowerCase();
  if (before === '') return true;
  if (TITLE_ABBREVIATIONS.has(lower)) return false;
  if (PLURAL_TITLE_ABBREVIATIONS.has(lower) && /^\p{Lu}/u.test(before)) return false;
  if (/^\p{Lu}$/u.test(before)) return false; // an initial: "J. R. Smith"
  if (NUMBER_REFERENCES.has(lower)) return !/^\p{N}/u.test(next); // "No. 5" goes on; "voted no. Lusk" ends
  const nextWord = (NEXT_WORD.exec(text.slice(nextAt, nextAt + 30))?.[0] ?? '').toLowerCase();
  // "8 p.m. Friday" goes on; "8 p.m. Results are due" ends: a clock time closes its phrase unless a day, month or zone follows
  if (CLOCK_ABBREVIATIONS.has(lower)) return nextWord !== '' && !CLOCK_CONTINUATIONS.has(nextWord);
  // "..., said Ann Lee, an analyst at Reed & Co. “Prices will fall,” she said": an opening quotation mark and a capital
  // after the abbreviation open a new sentence (a name, a number or a lower-case word goes on: "Co. Chairman", "Jan. 5"),
  // when the quote reads as a sentence: a quoted title or name goes on ("the U.S. “Open Skies” treaty"; quoted-sentence.ts)
  const midAbbreviation = MID_ABBREVIATIONS.has(lower) || before.includes('.');
  if (midAbbreviation && OPENING_QUOTE_THEN_CAPITAL.test(text.slice(nextAt, nextAt + 2)) && quoteReadsAsSentence(text, nextAt)) return true;
  if (midAbbreviation) return SENTENCE_STARTERS.has(nextWord);
  return true;
}

// A run longer than this with no sentence end is no sentence (a table, a scrape with its punctuation lost,
// hostile input): it is cut into pieces of at most this length, at a blank where one is near, so that the
// stages' per-sentence work stays bounded. News sentences run far shorter (a few hundred characters).
export const MAX_SENTENCE = 2000;
const CUT_SEARCH = 500; // how far back from the limit a blank is sought
const isBlank = (text: string, at: number): boolean => isBlankCode(text.charCodeAt(at));

/** Pushes [from, to) as sentences of at most MAX_SENTENCE characters each, cut after a blank run when one is near. */
function pushCapped(out: Sentence[], text: string, from: number, to: number, paragraph: number): void {
  while (to - from > MAX_SENTENCE) {
    let cut = from + MAX_SENTENCE;
    let blank = cut;
    while (blank > cut - CUT_SEARCH && !isBlank(text, blank)) blank--;
    if (blank > cut - CUT_SEARCH) cut = blank;
    else if (/[\udc00-\udfff]/.test(text[cut] ?? '')) cut--; // never between the halves of a pair
    let end = cut;
    while (end > from && isBlank(text, end - 1)) end--;
    let next = cut;
    while (next < to && isBlank(text, next)) next++;
    out.push({ start: from, end, paragraph });
    from = next;
  }
  if (from < to) out.push({ start: from, end: to, paragraph });
}

// “It is over.”“We lost,” the coach said.: a closing double mark glued to the next opening one (a space or a line
// break lost in the copy) ends the sentence as a space would; a straight mark is left alone (its side is a guess)
function gluedQuotes(terminator: string, next: string): boolean {
  return ((terminator.endsWith('”') && next === '“') || (terminator.endsWith('»') && next === '«'));
}

export function findSentences(text: string, start: number, end: number, paragraph: number): Sentence[] {
  const out: Sentence[] = [];
  const body = text.slice(start, end);
  let from = 0;
  END.lastIndex = 0;
  for (let m = END.exec(body); m !== null; m = END.exec(body)) {
    const termLen = /^[.!?…]+/.exec(m[0])?.[0].length ?? 1;
    // white space, then the first character of the next sentence (each space is scanned once, by code: a regex
    // test of a one-character string for every space after every sentence end costs a call and a string each)
    let nextAt = m.index + m[0].length;
    while (nextAt < body.length && isBlankCode(body.charCodeAt(nextAt))) nextAt++;
    if ((nextAt === m.index + m[0].length && !gluedQuotes(m[0], body[nextAt] ?? '')) || nextAt >= body.length) continue;
    const next = body[nextAt] ?? '';
    if (!isEnd(body, m.index, m.index + termLen, next, nextAt)) continue;
    pushCapped(out, text, start + from, start + m.index + m[0].length, paragraph);
    from = nextAt;
  }
  if (from < body.length) pushCapped(out, text, start + from, end, paragraph);
  return out;
}
