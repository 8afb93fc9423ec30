// Small scanners over a bounded window of the text, shared by the quote rules.
import type { QuoteSpan } from '../../types.js';
import { firstNotBefore } from '../sorted.js';

export const OPENERS = '“"‘\'«‹„‚`';
export const CLOSERS = '”"’\'»›';
// German-style quotes open low and close with the high marks English opens with („...“, ‚...‘): right
// after the quote's own punctuation ("„Wir kommen,“ said ...") such a mark can only close
const LOW_PAIR_CLOSERS = '“‘';

/** Whether the mark `c` at `at` closes a quote: a closing mark, or a German-style closer after punctuation. */
export function isClosingMark(text: string, c: string, at: number): boolean {
  // ('' is what the callers' charBefore gives at the text's start, and every string includes '')
  if (c === '') return false;
  return CLOSERS.includes(c) || (LOW_PAIR_CLOSERS.includes(c) && /[,.!?…]/.test(text[at - 1] ?? ''));
}

/** White space as /\s/ reads it. Called per character by the phrase scanners, so a single ASCII
 * character is decided by its code (/\s/ holds only tab, line feed, vertical tab, form feed, carriage
 * return and space below 128); anything else goes to the regular expression. */
export function isSpace(c: string | undefined): boolean {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  if (c.length === 1 && code < 128) return code === 32 || (code >= 9 && code <= 13);
  return /\s/.test(c);
}

/** Past the blanks (at most 8) from `at` on: where a phrase after a cue or a ';' starts. */
export function afterBlanks(text: string, at: number): number {
  let i = at;
  while (i < at + 8 && isSpace(text[i])) i++;
  return i;
}

const CLOSER_CODES: ReadonlySet<number> = new Set([...CLOSERS].map((c) => c.charCodeAt(0)));
/** A closing quote mark (CLOSERS), by code. */
export const isCloser = (code: number): boolean => CLOSER_CODES.has(code);

/** Offsets with the white space (and optionally punctuation) at both ends trimmed off. */
export function trim(text: string, start: number, end: number, punct = /[\s]/): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && punct.test(text[s] ?? '')) s++;
  while (e > s && punct.test(text[e - 1] ?? '')) e--;
  return { start: s, end: e };
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]/u;

/** Runs of letters and digits (/[\p{L}\p{N}]+/gu's matches), counted by a char loop with no match array.
 * ASCII is decided by its code; any other code point (a surrogate pair read whole, as /u reads it) by the
 * regular expression, so curly quotes and dashes in news text cost one test each. */
export function wordCount(s: string): number {
  let n = 0;
  let inWord = false;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    let alnum: boolean;
    if (c < 128) alnum = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
    else {
      const next = s.charCodeAt(k + 1);
      const pair = c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff;
      alnum = LETTER_OR_DIGIT.test(pair ? s.slice(k, k + 2) : s[k]!);
      if (pair) k++;
    }
    if (alnum && !inWord) n++;
    inWord = alnum;
  }
  return n;
}

/** Outermost speech spans, sorted, with a binary search for the span containing an offset. */
export class SpeechSpans {
  readonly spans: QuoteSpan[];
  private readonly index = new Map<QuoteSpan, number>();
  constructor(all: QuoteSpan[]) {
    this.spans = all.filter((q) => q.depth === 0 && q.role === 'speech');
    this.spans.forEach((q, i) => this.index.set(q, i));
  }
  indexOf(q: QuoteSpan): number {
    return this.index.get(q) ?? -1;
  }
  /** The first span opening at or after `at`. */
  openingFrom(at: number): QuoteSpan | undefined {
    const lo = firstNotBefore(this.spans, (x) => x.open < at);
    return this.spans[lo];
  }
  /** Index of the first span whose close is after `at`. */
  private firstAfter(at: number): number {
    return firstNotBefore(this.spans, (x) => x.close <= at);
  }
  containing(at: number): QuoteSpan | undefined {
    const q = this.spans[this.firstAfter(at)];
    return q !== undefined && q.open <= at ? q : undefined;
  }
  /** Spans lying within [start, end). */
  within(start: number, end: number): QuoteSpan[] {
    const out: QuoteSpan[] = [];
    for (let i = this.firstAfter(start); i < this.spans.length; i++) {
      const q = this.spans[i] as QuoteSpan;
      if (q.open >= end) break;
      if (q.open >= start && q.close <= end) out.push(q);
    }
    return out;
  }
}
