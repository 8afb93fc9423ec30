// Small scanners over a bounded window of the text, shared by the quote rules.
import type { QuoteSpan } from '../../types.js';
import { firstNotBefore } from '../sorted.js';

export const OPENERS = '“"‘\'«‹„‚`';
export const CLOSERS = '”"’\'»›';

export function isSpace(c: string | undefined): boolean {
  return c !== undefined && /\s/.test(c);
}

/** Offsets with the white space (and optionally punctuation) at both ends trimmed off. */
export function trim(text: string, start: number, end: number, punct = /[\s]/): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && punct.test(text[s] ?? '')) s++;
  while (e > s && punct.test(text[e - 1] ?? '')) e--;
  return { start: s, end: e };
}

export function wordCount(s: string): number {
  return (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;
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
