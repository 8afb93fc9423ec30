// A relative "that" right before its verb ("growers in valleys that oppose the quota") makes the noun before it the
// verb's subject: an unknown speaker, noun and pronoun its mention, not the subject of the main clause. A thing
// said, written or published keeps the speaker the rules before give it (its author: "The Courier printed a story that
// argued ..."). Invented texts; hand-built mentions (quote-run.ts).
import { describe, expect, it } from 'vitest';
import { runQuotes, type M } from '../quote-run.js';

const row = (text: string, ms: M[]) => runQuotes(text, ms).map((q) => [q.text, q.cue?.text ?? null, q.speakerMention?.text ?? null]);

describe('quotes: the noun before a relative "that" speaks', () => {
  it.each<[string, M[], (string | null)[][]]>([
    // (the levy is what angers the growers: quotes/feeler-as-source.ts)
    ['The levy angers growers in valleys that oppose the new quota.', [['growers', 'group', null]],
      [['The levy', 'angers', 'growers'], ['the new quota', 'oppose', 'valleys that']]],
    ['Tarrow has quarrelled with neighbours that say the border treaty is outdated.', [['Tarrow', 'organization', null]],
      [['the border treaty is outdated', 'say', 'neighbours that']]],
  ])('%s', (text, ms, expected) => {
    expect(row(text, ms)).toEqual(expected);
  });

  it.each<[string, M[], (string | null)[][]]>([
    // a published piece speaks for its publisher, the subject
    ['The Velm Courier printed a story that argued the mayor had resigned.', [['The Velm Courier', 'organization', null]],
      [['the mayor had resigned', 'argued', 'The Velm Courier']]],
    // a mention right before the pronoun is its antecedent, as before
    ['The deal splits the coalition, angering the Greens that oppose the new quota.', [['the coalition', 'organization', null], ['the Greens', 'group', null]],
      [['the new quota', 'oppose', 'the Greens that']]],
  ])('leaves alone: %s', (text, ms, expected) => {
    expect(row(text, ms)).toEqual(expected);
  });
});
