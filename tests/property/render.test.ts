// Property: whatever the records hold (escape sequences, quotes, commas, newlines, lone
// surrogates, huge or tiny numbers), every output format parses back, keeps one record per
// row, and never lets a control character reach a terminal raw.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/index.js';
import { figureView, quoteView, speakerView } from '../../src/render/views.js';
import type { Figure, Quote, Span, Speaker } from '../../src/types.js';
import { anyArticle } from './arbitraries.js';
import { checkFormats } from './formats.js';

// Strings that break naive writers: separators, quotes, line ends, escapes, bidi marks, surrogates.
const nasty = fc.constantFrom(',', '"', '""', '\t', '\n', '\r\n', '\r', '\\', '\\n', '\\x1b', '\u001b[31m', '\u001b]8;;x\u0007', '\u009b',
  '\u0000', '\u007f', '\u202e', '\u2066', '\u2028', '\ud800', '\udfff', '\ud83d\ude00', '=cmd|', '\ufeff', ' ');
const str = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.array(fc.oneof(nasty, fc.string({ maxLength: 4 })), { maxLength: 8 }).map((a) => a.join('')),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 12 }),
);
const num = fc.oneof(fc.nat(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(0, -0, 1e308, 5e-324, 2 ** 53 + 1));
const span: fc.Arbitrary<Span> = fc.record({ text: str, start: fc.nat(), end: fc.nat() });
const maybe = <T>(a: fc.Arbitrary<T>): fc.Arbitrary<T | null> => fc.option(a, { nil: null });

const quote: fc.Arbitrary<Quote> = fc.record({
  doc: str, type: fc.constantFrom('direct', 'partial', 'indirect'), text: str, start: fc.nat(), end: fc.nat(),
  quoted: fc.array(span, { maxLength: 3 }), speaker: maybe(str), speakerKind: fc.constantFrom('person', 'organization', 'group', 'unknown'),
  speakerMention: maybe(span), role: maybe(str), cue: maybe(span), rule: str, speakerRule: maybe(str),
});
const figure: fc.Arbitrary<Figure> = fc.record(
  {
    doc: str, text: str, start: fc.nat(), end: fc.nat(), value: maybe(num), low: num, high: num,
    kind: fc.constantFrom('count', 'money', 'percent', 'measure', 'date', 'year', 'ordinal', 'other'),
    unit: maybe(str), qualifier: fc.constantFrom('exact', 'about', 'more-than', 'at-least', 'less-than', 'at-most', 'up', 'down'),
    subject: maybe(str), source: maybe(str), sourceKind: fc.constantFrom('person', 'unattributed', 'publication'),
    sourceMention: maybe(span), hedge: maybe(str), rule: str,
  },
  { requiredKeys: ['doc', 'text', 'start', 'end', 'value', 'kind', 'unit', 'qualifier', 'subject', 'source', 'sourceKind', 'sourceMention', 'hedge', 'rule'] },
);
const speaker: fc.Arbitrary<Speaker> = fc.record({
  name: str, kind: fc.constantFrom('person', 'organization', 'group', 'unknown'), roles: fc.array(str, { maxLength: 3 }),
  aliases: fc.array(str, { maxLength: 3 }), quotes: fc.nat(), figures: fc.nat(), docs: fc.array(str, { maxLength: 3 }),
});

describe('every output format parses back, whatever the records hold', () => {
  const runs = { numRuns: 150 };
  it('quotes', () => fc.assert(fc.property(fc.array(quote, { maxLength: 5 }), (rs) => checkFormats(quoteView, rs)), runs));
  it('figures', () => fc.assert(fc.property(fc.array(figure, { maxLength: 5 }), (rs) => checkFormats(figureView, rs)), runs));
  it('speakers', () => fc.assert(fc.property(fc.array(speaker, { maxLength: 5 }), (rs) => checkFormats(speakerView, rs)), runs));
  it.each([[0], [1]])('%i records of each kind', (n) => {
    const [q] = fc.sample(quote, { seed: 1, numRuns: 1 });
    checkFormats(quoteView, n ? [q!] : []);
  });

  it('records the analysis finds in random and mutated articles', () => {
    fc.assert(
      fc.property(anyArticle, (text) => {
        const a = analyze({ id: 'doc\t"1",\n', text });
        checkFormats(quoteView, a.quotes);
        checkFormats(figureView, a.figures);
        checkFormats(speakerView, a.speakers);
      }),
      { numRuns: 40 },
    );
  }, 60_000);
});
