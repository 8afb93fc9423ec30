// quotes/text-utils.ts: the small scanners the quote rules share (closing marks, blanks, trimming, word counts) and
// SpeechSpans, the outermost speech quotes with look-ups by offset. Invented texts and hand-built spans.
import { describe, expect, it } from 'vitest';
import { afterBlanks, isCloser, isClosingMark, isSpace, SpeechSpans, trim, wordCount } from '../../../src/analysis/quotes/text-utils.js';
import type { QuoteSpan } from '../../../src/types.js';

describe('quotes/text-utils: isClosingMark', () => {
  it.each<[string, string, number, boolean]>([
    ['a closing curly mark', 'no” he', 2, true],
    ['a straight mark', 'no" he', 2, true],
    ['German style: “ after its punctuation closes', '„Ja,“ sagte', 4, true],
    ['“ after a letter opens', 'ja“ sagte', 2, false],
    ['an opening mark', 'he “no', 3, false],
  ])('%s', (_name, text, at, expected) => {
    expect(isClosingMark(text, text[at] ?? '', at)).toBe(expected);
  });

  // '' is what charBefore gives at the text's start
  it('no character is no closing mark', () => {
    expect(isClosingMark('', '', 0)).toBe(false);
  });
});

describe('quotes/text-utils: blanks and marks by code', () => {
  it.each<[string | undefined, boolean]>([[' ', true], ['\t', true], ['\u00a0', true], ['\u2003', true], ['a', false], ['', false], [undefined, false]])(
    'isSpace(%j) is %s', (c, expected) => {
      expect(isSpace(c)).toBe(expected);
    });

  it.each<[string, boolean]>([['”', true], ['’', true], ['»', true], ['"', true], ['“', false], ['«', false], ['a', false]])(
    'isCloser(%s) is %s', (c, expected) => {
      expect(isCloser(c.charCodeAt(0))).toBe(expected);
    });

  it.each<[string, number, number]>([
    ['said   that', 4, 7],
    ['said that', 4, 5],
    // at most eight blanks are skipped
    [`said${' '.repeat(12)}that`, 4, 12],
  ])('afterBlanks(%j, %i) is %i', (text, at, expected) => {
    expect(afterBlanks(text, at)).toBe(expected);
  });
});

describe('quotes/text-utils: trim and wordCount', () => {
  it.each<[string, RegExp | undefined, string]>([
    ['  the pier  ', undefined, 'the pier'],
    [' , the pier. ', /[\s,.]/, 'the pier'],
    [' , the pier. ', undefined, ', the pier.'],
    ['   ', undefined, ''],
  ])('trim(%j)', (text, punct, expected) => {
    const r = trim(text, 0, text.length, punct);
    expect(text.slice(r.start, r.end)).toBe(expected);
  });

  it.each<[string, number]>([
    ['', 0],
    ['the pier', 2],
    ['a 3-day strike, then “peace”', 6],
    ['café Zürich', 2],
    ['—…—', 0],
    // a letter outside the Basic Multilingual Plane is one word, not two
    ['𝐀𝐁 ok', 2],
  ])('wordCount(%j) is %i', (text, expected) => {
    expect(wordCount(text)).toBe(expected);
  });
});

describe('quotes/text-utils: SpeechSpans', () => {
  const span = (open: number, close: number, depth = 0, role: 'speech' | 'scare' = 'speech'): QuoteSpan =>
    ({ open, close, inner: { text: '', start: open + 1, end: close - 1 }, depth, role });
  const a = span(10, 20);
  const inner = span(12, 15, 1);
  const scare = span(30, 35, 0, 'scare');
  const b = span(40, 60);
  const spans = new SpeechSpans([a, inner, scare, b]);

  it('keeps only outermost speech spans', () => {
    expect(spans.spans).toEqual([a, b]);
    expect([spans.indexOf(a), spans.indexOf(b), spans.indexOf(inner)]).toEqual([0, 1, -1]);
  });

  it.each<[number, QuoteSpan | undefined]>([[9, undefined], [10, a], [19, a], [20, undefined], [32, undefined], [45, b]])(
    'containing(%i)', (at, expected) => {
      expect(spans.containing(at)).toBe(expected);
    });

  it.each<[number, QuoteSpan | undefined]>([[0, a], [10, a], [11, b], [61, undefined]])('openingFrom(%i)', (at, expected) => {
    expect(spans.openingFrom(at)).toBe(expected);
  });

  it.each<[number, number, QuoteSpan[]]>([[0, 100, [a, b]], [0, 20, [a]], [0, 19, []], [15, 60, [b]]])('within(%i, %i)', (start, end, expected) => {
    expect(spans.within(start, end)).toEqual(expected);
  });
});
