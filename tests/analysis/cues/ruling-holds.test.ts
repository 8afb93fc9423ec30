// What makes "rule" a verdict rather than governing (src/analysis/cues/ruling-holds.ts): what follows the form
// (rulingHolds), and whether a present "rules" after a body's noun is its verdict or the plural noun of "court
// rules" (rulingBody). Texts are invented.
import { describe, expect, it } from 'vitest';
import { rulingBody, rulingHolds } from '../../../src/analysis/cues/ruling-holds.js';
import { verbCues } from '../verb-cues.js';

describe('rulingHolds: the text after "ruled"', () => {
  it.each<[string, boolean]>([
    // a that-clause, perhaps after a day or the court's vote
    [' that the levy was void.', true],
    [' Tuesday that the levy was void.', true],
    [' 6-1 that the levy was void.', true],
    // a side
    [' against the permit.', true],
    [' in favor of the tenants.', true],
    // a clause without "that": a short subject, then a finite auxiliary
    [' the council had acted unlawfully.', true],
    // a contact relative clause and then the clause's own verb
    [' the evidence the police had gathered was inadmissible.', true],
    // governing: an object, a time or a place after it
    [' the country for forty years.', false],
    [' the city when it was small.', false],
    // a governed object with a contact relative clause
    [' the empire the settlers had built.', false],
  ])('ruled%s -> %s', (after, want) => expect(rulingHolds(after)).toBe(want));
});

describe('rulingBody: a present "rules" after a body', () => {
  const body = (text: string) => rulingBody(text, text.indexOf(' rules') + 1, 'rules');
  it.each<[string, boolean]>([
    ['Appeals court rules against the city', true],
    ['A district judge rules against the union', true],
    // the plural noun as an object
    ['She broke court rules against recording.', false],
    // the plural noun as the subject of its own verb
    ['The new league rules against diving took effect.', false],
  ])('%s -> %s', (text, want) => expect(body(text)).toBe(want));
});

describe('ruling: the cue the whole stage gives', () => {
  it.each<[string, string[]]>([
    ['The court ruled that the levy was void.', ['ruled']],
    ['Appeals court rules against the city.', ['rules against']],
    ['The queen ruled the country for forty years.', []],
    ['She broke court rules against recording.', []],
  ])('%s', (text, want) => expect(verbCues(text)).toEqual(want));
});
