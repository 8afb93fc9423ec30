// "the city of Belmar", "the town of Ashwell": a place named by its kind and "of" is the body that governs it and
// speaks as one (mentions/governed-places.ts, lexicon/places.ts GOVERNED_PLACE_KINDS). Invented texts.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';

/** [speaker, kind, speaker mention] of each record. */
const rows = (text: string): [string | null, string, string | null][] =>
  analyze({ id: 'd', text }).quotes.map((q) => [q.speaker, q.speakerKind, q.speakerMention?.text ?? null]);

describe('mentions: "the <kind> of <Place>" is the governing body', () => {
  it.each<[string, [string, string, string][]]>([
    ['The city of Belmar said it would repave the market square in June.', [['city of Belmar', 'organization', 'The city of Belmar']]],
    ['The town of Ashwell announced that the pool would close for the winter.', [['town of Ashwell', 'organization', 'The town of Ashwell']]],
    ['Late on Friday the village of Stowe Reach warned that the ford was impassable.', [['village of Stowe Reach', 'organization', 'the village of Stowe Reach']]],
    ['The state of Orland has argued that the federal rule is unlawful.', [['state of Orland', 'organization', 'The state of Orland']]],
  ])('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  // a spokesperson for it speaks for the whole body, not for the place word alone
  it('A spokeswoman for the city of Kelso said the water was safe to drink.', () => {
    expect(rows('A spokeswoman for the city of Kelso said the water was safe to drink.').map((r) => r.slice(0, 2))).toEqual([['city of Kelso', 'organization']]);
  });
});

describe('leaves alone', () => {
  it.each<[string, [string | null, string][]]>([
    // the place as where something happened: the speaker is whoever spoke there
    ['Officials in the town of Ashwell said the road was closed.', [['Officials', 'group']]],
    ['Residents of the city of Belmar said the buses were always late.', [['Residents', 'group']]],
    // "the state of" before no name is the condition of something
    ['Lena Vik said the state of the roads was a disgrace.', [['Lena Vik', 'person']]],
    // a possessive hands the phrase on to what it owns (the body is no speaker there)
    ["The city of Belmar's lawyers said the ruling would be appealed.", [["Belmar's lawyers", 'group']]],
    // the capitalised name is a name already
    ['The City of Belmar said the bridge would reopen in March.', [['City of Belmar', 'organization']]],
  ])('%s', (text, expected) => {
    expect(rows(text).map(([speaker, kind]) => [speaker, kind])).toEqual(expected);
  });
});

describe('a text that ends in a role and "of"', () => {
  // the look for a governed place after "of" runs past the last word: no crash, no speaker invented
  it.each(['the minister of', 'A spokesman for the city of', 'Lena Vik, the head of'])('%s', (text) => {
    expect(() => analyze({ id: 'd', text })).not.toThrow();
  });
});
