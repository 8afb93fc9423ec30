// "the union representing nurses said": "representing" in a body's description works as a preposition (lexicon/
// prepositions.ts PHRASE_PREPOSITIONS), so the people it names are the body's members, not its voice
// (quotes/speaker.ts reads no mention after a preposition as the subject). Invented texts.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';

const mentions = (text: string) => analyze({ id: 't', text }).quotes.map((q) => q.speakerMention?.text ?? null);

describe('quotes/speaker: a body "representing" a group speaks, not the group', () => {
  it.each([
    ['The union representing dockers said the port would shut on Friday.', ['The union']],
    ['Fares will rise in April, the association representing bus operators warned.', ['the association']],
    ['The union representing welders and fitters said wages had fallen behind prices.', ['The union']],
    ['Pay talks have collapsed, the union representing welders and fitters said.', ['the union']],
    ['A lawyer representing the tenants said the eviction was unlawful.', ['A lawyer']],
  ])('%s', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });

  it.each([
    // the participle as a clause's verb, a speaker named before the participle, and the represented as the subject
    ['Dockers said they felt the union was representing them badly.', ['Dockers']],
    ['Ida Varn, representing the growers, said prices were falling.', ['Ida Varn']],
    ['Growers represented by the union said prices were falling.', ['Growers']],
    ['A friend of Tom Fenn and Bo Lind said the boat had sunk.', ['A friend']],
  ])('leaves alone: %s', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });
});
