import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/index.js';
import { LOOSE_HEADS, ORGANIZATION_HEADS, OUTLET_WORDS, OWNED_HEADS } from '../../src/lexicon/organisation-heads.js';

describe('organisation heads lexicon', () => {
  it.each([
    ['ORGANIZATION_HEADS keys', [...ORGANIZATION_HEADS.keys()]],
    ['LOOSE_HEADS', [...LOOSE_HEADS]],
    ['OUTLET_WORDS', [...OUTLET_WORDS]],
    ['OWNED_HEADS', [...OWNED_HEADS]],
  ])('%s holds only lower-case words', (_name, words) => {
    for (const w of words) expect(w).toBe(w.toLowerCase());
  });

  // a loose head ("the company" for "Acme") is looked up in ORGANIZATION_HEADS like any other head
  it('has an entry for every loose head', () => {
    expect([...LOOSE_HEADS].filter((w) => !ORGANIZATION_HEADS.has(w))).toEqual([]);
  });

  // the name words a head fits are compared with the lower-cased words of a name
  it('lists the name words each head fits in lower case', () => {
    for (const [head, fits] of ORGANIZATION_HEADS) for (const w of fits) expect(`${head}:${w}`).toBe(`${head}:${w.toLowerCase()}`);
  });
});

// makers named by what they make ("Carmaker Voltra", "the drugmaker"): a firm's kind word, before its name or for it
describe('organisation heads: makers named by their product', () => {
  /** [speaker, kind, speaker mention] of each record. */
  const rows = (text: string): [string | null, string, string | null][] =>
    analyze({ id: 't', text }).quotes.map((q) => [q.speaker, q.speakerKind, q.speakerMention?.text ?? null]);

  it.each<[string, [string, string, string][]]>([
    ['Carmaker Voltra said its new plant would employ 2,000 people.', [['Voltra', 'organization', 'Carmaker Voltra']]],
    ['Chipmaker Nexlo warned that orders were slowing in Asia.', [['Nexlo', 'organization', 'Chipmaker Nexlo']]],
    ['The drugmaker Pellam said the trial had met its goals. The drugmaker added that it would seek approval in May.',
      [['Pellam', 'organization', 'The drugmaker Pellam'], ['Pellam', 'organization', 'The drugmaker']]],
    ['Automaker Kestrel Motors said it would recall 40,000 vans. The automaker said no one had been hurt.',
      [['Kestrel Motors', 'organization', 'Automaker Kestrel Motors'], ['Kestrel Motors', 'organization', 'The automaker']]],
  ])('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  it.each<[string, [string | null, string, string | null][]]>([
    // the kind word modifying a noun names no firm
    ['Carmaker shares fell sharply on Monday, traders said.', [['traders', 'group', 'traders']]],
    // a person who works for one, or ran one, is the speaker
    ["The carmaker's chief executive, Ana Reyes, said the plant would stay open.", [['Ana Reyes', 'person', 'Ana Reyes']]],
    ['Mira Olsen, who ran a steelmaker in the 1990s, said the industry had changed.', [['Mira Olsen', 'person', 'Mira Olsen']]],
  ])('leaves alone: %s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});
