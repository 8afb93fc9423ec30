// A pronoun and a cue right after an aside's cue ("Without the grant, Ida Berg said, she feared ..."): the pronoun is the
// speaker's, so the aside's content runs on over that clause (quotes/content-end-cuts.ts asideGoesOn, read by
// content-end.ts and own-clause.ts) and the inner cue is nested in it. Invented texts.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';
import { asideGoesOn } from '../../../src/analysis/quotes/content-end-cuts.js';

const rows = (text: string) => analyze({ id: 't', text }).quotes.map((q) => [q.text, q.cue?.text ?? null]);

describe('quotes: a pronoun clause after an aside', () => {
  it.each<[string, (string | null)[][]]>([
    ['Without the grant, Ida Berg said, she feared the shelter would close by spring.', [['Without the grant, Ida Berg said, she feared the shelter would close by spring', 'said']]],
    ['For now, the curator said, he expects the gallery to stay shut.', [['For now, the curator said, he expects the gallery to stay shut', 'said']]],
  ])('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  it.each<[string, string, boolean]>([
    // no content before the cue's subject: no aside
    [', she ', 'Ida Berg ', false],
    // a noun subject after the comma is a clause of its own
    [', the board ', 'Without the grant, Ida Berg ', false],
    // 'it' is no person's pronoun
    [', it ', 'Without the grant, Ida Berg ', false],
    [', she ', 'Without the grant, Ida Berg ', true],
    // (the text from the cue to the next cue, and the sentence up to the cue)
  ])('asideGoesOn(%j, %j) is %s', (between, before, expected) => {
    expect(asideGoesOn(between, before)).toBe(expected);
  });
});
