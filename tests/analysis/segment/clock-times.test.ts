// A clock time's "a.m."/"p.m." ends the sentence before a capitalised word, unless a day, a month or a time zone goes on
// with the time (lexicon/abbreviations.ts CLOCK_CONTINUATIONS, read by segment/sentences.ts).
import { describe, expect, it } from 'vitest';
import { segment } from '../../../src/analysis/segment/index.js';

const sentences = (text: string): number => segment({ id: 't', text }).sentences.length;

describe('segment: clock times', () => {
  it.each([
    ['Polls in Tarn County close at 8 p.m. Results may not be known until Friday, the board said.', 2],
    ['The ferry left at 6 a.m. Nobody on board was hurt, the operator said.', 2],
    ['Doors open at 7 P.M. Tickets are sold out.', 2],
  ])('ends: %s', (text, n) => {
    expect(sentences(text)).toBe(n);
  });

  it.each([
    ['The vote is set for 8 p.m. Friday in the town hall.', 1],
    ['The talks resume at 9 a.m. Jan. 5, a spokesman said.', 1],
    ['Polls close at 8 p.m. ET in most of the state.', 1],
    ['The launch is at 6 a.m. Eastern on the coast.', 1],
    ['The match starts at 3 p.m. and ends by five.', 1],
  ])('leaves alone: %s', (text, n) => {
    expect(sentences(text)).toBe(n);
  });
});
