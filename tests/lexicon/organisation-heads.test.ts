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

// local governments named by their kind ("the city said", "the county sued"): the body that governs the place, the
// council or office named earlier with that word in its name, or else the description as written
describe('organisation heads: local governments named by their kind', () => {
  const rows = (text: string): [string | null, string, string | null][] =>
    analyze({ id: 't', text }).quotes.map((q) => [q.speaker, q.speakerKind, q.speakerMention?.text ?? null]);

  it.each<[string, [string, string, string][]]>([
    ['Road crews in Marlow worked overnight. The city said the bridge would reopen on Friday.', [['the city', 'organization', 'The city']]],
    ['The town of Ashwell closed its library in March. The town said it could not afford the heating.',
      [['town of Ashwell', 'organization', 'The town']]],
    ['Marlow City Council voted to shut the pool. The city said it would reopen in May.',
      [['Marlow City Council', 'organization', 'The city']]],
    ['Snow closed the pass again. The county warned that drivers should carry chains.', [['the county', 'organization', 'The county']]],
  ])('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  it.each<[string, [string | null, string, string | null][]]>([
    // the place in the content, or after a preposition, is no speaker
    ['Tourists said the city was too crowded in August.', [['Tourists', 'group', 'Tourists']]],
    ['Farmers near the village said the river had flooded twice.', [['Farmers', 'group', 'Farmers']]],
    ['Voters in the county say the sheriff has done a good job.', [['Voters', 'group', 'Voters']]],
    // the place owns the speaker, or modifies the speakers' noun
    ["The city's mayor, Rina Holt, said the fountain would be repaired.", [['Rina Holt', 'person', 'Rina Holt']]],
    ['County officials said the ferry would run on Sundays.', [['County officials', 'group', 'County officials']]],
    // "said goodbye" is no report
    ['The city said goodbye to its oldest resident on Sunday.', []],
    // "the state" is left out: the nation's government as often as a state's
    ['The state said the new rules would take effect in May.', [[null, 'unknown', 'The state']]],
  ])('leaves alone: %s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});
