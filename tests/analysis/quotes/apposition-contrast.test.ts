// Places a reported clause goes on over a comma (quotes/content-end-goes-on.ts, content-end.ts): a name's age in apposition or examples
// between commas ("such as", "including") before the clause's own verb, and a share set against a share after a verb
// of saying or finding. Invented texts.
import { describe, expect, it } from 'vitest';
import { runQuotes } from '../quote-run.js';

const row = (q: ReturnType<typeof runQuotes>[number]) => [q.text, q.cue?.text ?? null];

describe('quotes: a clause goes on over an age in apposition and a share against a share', () => {
  it.each<[string, (string | null)[][]]>([
    ['Judge Ada Lind said Ivo Berg, 58, had shown "a rare talent for deceit" at the bank.',
      [['Ivo Berg, 58, had shown "a rare talent for deceit" at the bank', 'said']]],
    ['Ada Kim said small towns, such as Arlo and Tarn, are seen as safe.',
      [['small towns, such as Arlo and Tarn, are seen as safe', 'said']]],
    ['Ada Kim said three ferries, including the Tarn Star, were seen as unsafe.',
      [['three ferries, including the Tarn Star, were seen as unsafe', 'said']]],
    // a sizing participle between commas (content-end-aside.ts)
    ['The harbour master said the levy, expected to raise 2.5 million pounds a year, would pay for dredging.',
      [['the levy, expected to raise 2.5 million pounds a year, would pay for dredging', 'said']]],
    ['Ida Voss said part of the fund, estimated at 310,000 euros, will go to the lifeboat crew.',
      [['part of the fund, estimated at 310,000 euros, will go to the lifeboat crew', 'said']]],
    ['A poll by the Tarn Institute found 54% of drivers back the toll, while 41% oppose it.',
      [['54% of drivers back the toll, while 41% oppose it', 'found']]],
    ['The survey showed 30 percent of tenants support a cap, whereas 12 percent oppose one.',
      [['30 percent of tenants support a cap, whereas 12 percent oppose one', 'showed']]],
  ])('%s', (text, expected) => {
    expect(runQuotes(text).map(row)).toEqual(expected);
  });

  it.each<[string, (string | null)[][]]>([
    // a contrast with a subject of its own that is no share: a second attribution
    ['Ida Lee said the ferry would run, while Tom Fenn insisted it would not.',
      [['the ferry would run', 'said'], ['it would not', 'insisted']]],
    // examples after a bare object, then 'and': the speaker's second verb
    ['Ada Kim praised the bakers, such as Ivo Sarn, and warned of price rises.',
      [['the bakers, such as Ivo Sarn', 'praised'], ['price rises', 'warned of']]],
    // an active estimate, then 'and': the speaker's second verb, not an aside
    ['Ida Voss said the pier was sound, estimated the repairs at 3 million pounds, and would start soon.',
      [['the pier was sound', 'said'], ['the repairs at 3 million pounds, and would start soon', 'estimated']]],
    // a share after a stance's bare object: a second attribution
    ['Most drivers backed the toll, while 41% opposed the levy.',
      [['the toll', 'backed'], ['the levy', 'opposed']]],
  ])('leaves alone: %s', (text, expected) => {
    expect(runQuotes(text).map(row)).toEqual(expected);
  });
});
