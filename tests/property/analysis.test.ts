// Property: whatever the text, analyze() returns, and every record it returns is sound
// (offsets slice back to their text, values finite or null). Runs stay modest so `npm test`
// stays quick; a failure prints the shrunk text that breaks it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/index.js';
import { anyArticle, articleText, BASE_ARTICLES, mutatedArticle } from './arbitraries.js';
import { problems } from './invariants.js';

// Generous: the machine is shared, and the runs are counted, not timed.
const TIMEOUT = 60_000;

const check = (text: string): void => {
  const doc = { id: 'doc-1', text };
  expect(problems(doc, analyze(doc))).toEqual([]);
};

describe('analyze() on any text', () => {
  it.each(BASE_ARTICLES.map((t, i) => [i, t] as const))('base article %i is sound', (_i, text) => check(text));

  it.each([
    ['random article-like text', articleText()],
    ['mutated articles', mutatedArticle],
  ])('%s: never crashes, every record sound', (_name, arb) => {
    fc.assert(fc.property(arb, check), { numRuns: 200 });
  }, TIMEOUT);

  it('any string at all (full Unicode, lone surrogates)', () => {
    const anyString = fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 300 }));
    fc.assert(fc.property(anyString, check), { numRuns: 150 });
  }, TIMEOUT);

  it('is deterministic: the same text gives the same records', () => {
    fc.assert(
      fc.property(anyArticle, (text) => {
        const doc = { id: 'd', text };
        expect(analyze(doc)).toEqual(analyze(doc));
      }),
      { numRuns: 50 },
    );
  }, TIMEOUT);

  it('does not depend on the document id', () => {
    fc.assert(
      fc.property(mutatedArticle, fc.string({ maxLength: 10 }), (text, id) => {
        const a = analyze({ id: 'x', text });
        const b = analyze({ id, text });
        expect(b.quotes.map((q) => ({ ...q, doc: 'x' }))).toEqual(a.quotes);
        expect(b.figures.map((f) => ({ ...f, doc: 'x' }))).toEqual(a.figures);
      }),
      { numRuns: 50 },
    );
  }, TIMEOUT);
});
