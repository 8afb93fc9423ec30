// A belief with no "be" of its own (cues/adjectives-coordinated.ts): a second predicate adjective after "and" or a
// comma shares the first one's subject, and "went away convinced that" holds a belief the subject left with.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/index.js';

/** [cue, content, speaker mention] of each record. */
const rows = (text: string): [string | null, string, string | null][] =>
  analyze({ id: 'd', text }).quotes.map((q) => [q.cue?.text ?? null, q.text, q.speakerMention?.text ?? null]);

describe('a belief held with no "be" of its own', () => {
  it.each<[string, [string, string, string][]]>([
    ['The growers were weary, short of workers and worried that the harvest would rot.', [['worried', 'the harvest would rot', 'The growers']]],
    ['The fans were jubilant, and confident that the title was within reach.', [['confident', 'the title was within reach', 'The fans']]],
    ['Ana Ruiz toured the farms and went away convinced that the harvest would be poor.', [['went away convinced', 'the harvest would be poor', 'Ana Ruiz']]],
    ['Ivo Berg walked away sure that the deal was done.', [['walked away sure', 'the deal was done', 'Ivo Berg']]],
  ])('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});

describe('leaves alone', () => {
  it.each([
    // a belief with no clause after it
    'The fans were jubilant and sure of the title.',
    'The team went away happy that night.',
    // leaving with no belief
    'The owners came away from the meeting early.',
  ])('%s', (text) => {
    expect(rows(text)).toEqual([]);
  });
});
