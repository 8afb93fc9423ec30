// A name after a preposition, an article and a kind noun ("in the journal Heart Letters") is an object, no speaker
// (quotes/speaker.ts CLASSIFIED_OBJECT); a pronoun or a name right before its cue there is a relative clause's subject.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';

const byCue = (text: string, cue: string): string | null =>
  analyze({ id: 't', text }).quotes.find((x) => x.cue?.text === cue)?.speakerMention?.text ?? null;

describe('quotes: a name classified by a kind noun after a preposition', () => {
  it.each([
    ['Tea drinkers sleep better, according to a study published Friday in the journal Velm Sleep Review.', 'according to', 'a study'],
    // two kind nouns before the name, and a document whose author is named so
    ['A survey by the polling firm Ostrava Data found that most riders wanted later buses.', 'found', 'the polling firm Ostrava Data'],
  ])('%s', (text, cue, expected) => {
    expect(byCue(text, cue)).toBe(expected);
  });

  it.each([
    // the name its cue follows: the subject of a relative clause
    ['The rule is typical of a campaign Ada Kim has called reckless.', 'has called', 'Ada Kim'],
    ['The guild is ready for a feud it expects to drag into May.', 'expects', 'it'],
  ])('leaves alone: %s', (text, cue, expected) => {
    expect(byCue(text, cue)).toBe(expected);
  });
});
