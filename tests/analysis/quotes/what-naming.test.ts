// A free relative whose verb names or judges its own object ("signed what critics described as a giveaway"): the
// content runs from "what", over speaker and cue, as annotated news marks it (quotes/relative-content.ts, the phrase
// found by what-subject.ts whatPhraseStart). Invented texts.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';

const rows = (text: string) => analyze({ id: 't', text }).quotes.map((q) => [q.text, q.cue?.text ?? null]);

describe('quotes: a free relative that names its object is the content from "what"', () => {
  it.each<[string, (string | null)[][]]>([
    ['She signed what critics described as a giveaway.', [['what critics described as a giveaway', 'described as']]],
    ['Rents rose in what one tenant leader called the worst year yet.', [['what one tenant leader called the worst year yet', 'called']]],
    ['The league fined the club for what the referee saw as a deliberate delay.', [['what the referee saw as a deliberate delay', 'saw as']]],
  ])('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  it.each<[string, (string | null)[][]]>([
    // a verb that names nothing: the free relative is the object of the cue before it
    ['Farmers want what the minister promised them.', [['what the minister promised them', 'want']]],
    // a clause of its own after 'and': the second cue is no part of the free relative
    ['The fee is less than what he paid and the tenants call it too small.', [['it too small', 'call']]],
  ])('leaves alone: %s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});
