// A relative clause with no pronoun whose cue is opened by a contracted auxiliary ("the vitamins he’s promoted",
// "the fares we've criticized"): the subject stands right before the apostrophe, and the noun phrase with its clause
// is the content, as for "the vitamins he has promoted" (quotes/gap-relative.ts). Invented texts.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';

const rows = (text: string) => analyze({ id: 't', text }).quotes.map((q) => [q.text, q.cue?.text ?? null]);

describe('quotes: a gap relative whose cue opens with a contracted auxiliary', () => {
  it.each([
    ['The panel looked at the vitamins he’s promoted.', [['the vitamins he’s promoted', '’s promoted']]],
    ["The council will review the fares we've criticized.", [["the fares we've criticized", "'ve criticized"]]],
    // a subject with a letter beyond Latin-1: the full pattern reads it, not its Latin-1 twin (latin1-twin.ts), alike
    ['The board will study the tolls Ana Ruiz has opposed.', [['the tolls Ana Ruiz has opposed', 'has opposed']]],
    ['The board will study the tolls Łucja Nowak has opposed.', [['the tolls Łucja Nowak has opposed', 'has opposed']]],
  ])('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  it.each([
    // the contraction opens a main clause: its object follows the cue
    ['He’s promoted the ferry plan for months.', [['the ferry plan for months', '’s promoted']]],
    // a "that" clause after a cue keeps its own subject
    ['She said she’s sorry.', [['she’s sorry', 'said']]],
  ])('leaves alone: %s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});

describe('quotes: a body or a role word before a name is its title, not a gap relative\'s object', () => {
  it.each([
    ['Bus fares will rise in June, the firm Tarnbus has confirmed.', [['Bus fares will rise in June', 'has confirmed']]],
    ['The stand will stay shut, the operator Velm Arena has confirmed.', [['The stand will stay shut', 'has confirmed']]],
  ])('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  it.each([
    // a noun that names no body and no role: the object the relative's subject expected
    ['Sales came in below the figure Ridgefield had expected.', [['the figure Ridgefield had expected', 'had expected']]],
    // a title word and a name as the subject after another antecedent: still a gap relative
    ['The fee was half the sum the agent Tom Reyes had demanded.', [['the sum the agent Tom Reyes had demanded', 'had demanded']]],
  ])('leaves alone: %s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});
