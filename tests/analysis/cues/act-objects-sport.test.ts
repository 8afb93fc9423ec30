// Objects that make a speech verb a deed on the field or at a party (cues/act-objects-sport.ts), read on the text right
// after the form. Invented texts. Direct rows on the exported patterns; one pipeline row moved from acts-plain-news.test.ts.
import { describe, expect, it } from 'vitest';
import { CELEBRATED_OCCASION, SPORT_AND_OCCASION_ACTS, SPORTING_REPLY } from '../../../src/analysis/cues/act-objects-sport.js';
import { verbCues } from '../verb-cues.js';

const deed = (lemma: string, next: string): boolean => SPORT_AND_OCCASION_ACTS[lemma]!.test(next);
const reply = new RegExp(String.raw`^\s+${SPORTING_REPLY}`, 'u');
const occasion = new RegExp(CELEBRATED_OCCASION, 'u');

describe('cues/act-objects-sport: a title held, a reply in play, a part voiced', () => {
  it.each([
    ['defend', ' her title in Lisbon on Sunday.'],
    ['defend', ' a 2-0 lead for an hour.'],
    ['defend', ' the seat again.'],
    ['respond', ' with two late goals in the second half.'],
    ['respond', ' with a hat-trick.'],
    ['voice', ' the villain in the new cartoon.'],
    ['voice', ' a song at the harvest fair.'],
  ])('%s%s: a deed', (lemma, next) => {
    expect(deed(lemma, next)).toBe(true);
  });

  it.each([
    // a record or a decision defended, a noun going on past the title ("the seat belt law")
    ['defend', ' her record on housing.'],
    ['defend', ' the decision to close the pool.'],
    ['defend', ' the seat belt law.'],
    // a statement, or a reply noun that goes on into words ("points of order")
    ['respond', ' with a statement on Monday.'],
    ['respond', ' with two points of order.'],
    // a stance voiced
    ['voice', ' concern about the fees.'],
    ['voice', ' her support for the plan.'],
  ])('leaves alone: %s%s', (lemma, next) => {
    expect(deed(lemma, next)).toBe(false);
  });
});

describe('cues/act-objects-sport: SPORTING_REPLY and CELEBRATED_OCCASION', () => {
  it.each([
    [' with a century of her own.', true],
    [' with three wickets before lunch.', true],
    [' with a late equaliser.', true],
    // the reply noun must end its phrase
    [' with a victory speech.', false],
    [' with a letter to the board.', false],
  ])('reply%s -> %s', (next, want) => {
    expect(reply.test(next)).toBe(want);
  });

  it.each([
    [' its 50th anniversary with a parade.', true],
    [' her birthday on Sunday.', true],
    [' the ruling as a victory.', false],
    [' the end of the toll.', false],
  ])('celebrate%s -> %s', (next, want) => {
    expect(occasion.test(next)).toBe(want);
  });

  it.each([
    // a reply matched in kind, through act-objects.ts's answer pattern (moved from acts-plain-news.test.ts)
    ['Orme answered with a century of her own.'],
  ])('%s: no verb cue', (text) => {
    expect(verbCues(text)).toEqual([]);
  });
});
