// The tokenizer of the mentions stage (src/analysis/mentions/tokens.ts): words and marks with offsets, and the flags
// later steps read (capitalised, in capitals, dotted, possessive, first of a sentence). Texts are invented.
import { describe, expect, it } from 'vitest';
import { adjacent, tokenize } from '../../../src/analysis/mentions/tokens.js';

const tok = (text: string, word: string) => {
  const t = tokenize(text).find((k) => k.text === word);
  expect(t, `${word} in ${text}`).toBeDefined();
  return t!;
};

describe('tokens: offsets are into the text', () => {
  it.each<[string]>([['Sen. Ada Roe met J.R. Lind in the U.S. on Monday.'], ['“We won,” Ivo said — twice.']])('%s', (text) => {
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});

describe('tokens: the flags of a word', () => {
  it.each<[string, string, Partial<ReturnType<typeof tok>>]>([
    // an abbreviation keeps its period in the token and drops it from `lower`
    ['Sen. Ada Roe spoke.', 'Sen.', { lower: 'sen', cap: true, sentenceStart: true }],
    ['They met J.R. Lind.', 'J.R.', { lower: 'j.r', dotted: true, allCaps: true }],
    ['Firms in the U.S. grew.', 'U.S.', { lower: 'u.s', dotted: true }],
    ['The union met NATO chiefs.', 'NATO', { allCaps: true, dotted: false, sentenceStart: false }],
    // a possessive: the name ends before the apostrophe
    ['We saw Acme’s chief.', 'Acme’s', { possessive: true, lower: 'acme' }],
    // a plural possessive before a lower-case word
    ['We met the teachers\' union.', 'teachers\'', { possessive: true, cap: false, lower: 'teachers' }],
    // a number is no word; a capitalised word after a period opens a sentence
    ['It rose 12 points. Then it fell.', '12', { word: false }],
    ['It rose 12 points. Then it fell.', 'Then', { sentenceStart: true }],
    // a lower-case word mid-sentence
    ['It rose 12 points. Then it fell.', 'fell', { cap: false, sentenceStart: false, word: true }],
  ])('%s (%s)', (text, word, want) => expect(tok(text, word)).toMatchObject(want));
});

describe('tokens: where a name ends', () => {
  it.each<[string, string, string]>([
    ['We saw Acme’s chief.', 'Acme’s', 'Acme'],
    ['We met the teachers\' union.', 'teachers\'', 'teachers'],
    ['Lind spoke.', 'Lind', 'Lind'],
  ])('%s (%s)', (text, word, name) => {
    const t = tok(text, word);
    expect(text.slice(t.start, t.nameEnd)).toBe(name);
  });
});

describe('tokens: adjacent words', () => {
  it.each<[string, string, string, boolean]>([
    ['Ada Roe spoke.', 'Ada', 'Roe', true],
    // a comma or a line break between them
    ['Ada, Roe spoke.', 'Ada', 'Roe', false],
    ['Ada\n\nRoe spoke.', 'Ada', 'Roe', false],
    ['Ada  Roe spoke.', 'Ada', 'Roe', false],
  ])('%j: %s %s', (text, a, b, want) => expect(adjacent(text, tok(text, a), tok(text, b))).toBe(want));
});
