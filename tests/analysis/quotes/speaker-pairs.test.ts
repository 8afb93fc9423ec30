// Two people joined by "and" speak together as their pair (quotes/speaker-pairs.ts), but not when the first is an
// object. Moved from speaker.test.ts. Invented texts; the whole pipeline.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';

const quotes = (text: string) => analyze({ id: 't', text }).quotes;
/** [speaker mention, speaker] of the record whose cue starts with `cue`. */
const speakerAt = (text: string, cue: string) => {
  const q = quotes(text).find((x) => x.cue !== null && text.slice(x.cue.start).startsWith(cue));
  return [q?.speakerMention?.text ?? null, q?.speaker ?? null];
};

describe('quotes/speaker-pairs: a pair joined by "and"', () => {
  it.each([
    // two people joined by "and" speak together, as their pair
    ['Ana Ruiz and Tom Fenn said the bridge was safe.', 'said', 'Ana Ruiz and Tom Fenn', 'Ana Ruiz and Tom Fenn'],
    ['Later, Ana Ruiz and Tom Fenn, two engineers, said the bridge was safe.', 'said', 'Ana Ruiz and Tom Fenn', 'Ana Ruiz and Tom Fenn'],
    ['The bridge is safe, said Ana Ruiz and Tom Fenn.', 'said', 'Ana Ruiz and Tom Fenn', 'Ana Ruiz and Tom Fenn'],
    // people listed by commas before the pair's "and" speak with it, before the cue or after it
    ['Ada Kim, Tom Fenn and Lia Ortz said the tram was late.', 'said', 'Ada Kim, Tom Fenn and Lia Ortz', 'Ada Kim, Tom Fenn and Lia Ortz'],
    ['The tram was late, said Ada Kim, Tom Fenn and Lia Ortz.', 'said', 'Ada Kim, Tom Fenn and Lia Ortz', 'Ada Kim, Tom Fenn and Lia Ortz'],
    ['Ada Kim, Tom Fenn and Lia Ortz, three drivers, said the tram was late.', 'said', 'Ada Kim, Tom Fenn and Lia Ortz', 'Ada Kim, Tom Fenn and Lia Ortz'],
    // a plural role before the list titles it, and the list speaks (mentions/head-before-name.ts)
    ['Board members Ada Kim and Tom Fenn said the budget was too small.', 'said', 'Board members Ada Kim and Tom Fenn', 'Ada Kim and Tom Fenn'],
    // ... not when the first is the object of a verb or a preposition
    ['In a letter to Ada Kim, Tom Fenn and Lia Ortz said the tram was late.', 'said', 'Tom Fenn and Lia Ortz', 'Tom Fenn and Lia Ortz'],
    ['Ana Ruiz met Tom Fenn and Bo Lind said the bridge was safe.', 'said', 'Bo Lind', 'Bo Lind'],
    ['Ana Ruiz and Tom Fenn met. Ruiz said the bridge was safe.', 'said', 'Ruiz', 'Ana Ruiz'],
    // a pair as the subject of the sentence, for a second verb
    ['Ana Ruiz and Tom Fenn call the levy a scam and describe its backers as greedy.', 'describe', 'Ana Ruiz and Tom Fenn', 'Ana Ruiz and Tom Fenn'],
    ['Ana Ruiz met Tom Fenn and Bo Lind on Monday, hoping to describe its backers as greedy.', 'hoping', 'Ana Ruiz', 'Ana Ruiz'],
  ])('%s', (text, cue, mention, speaker) => {
    expect(speakerAt(text, cue)).toEqual([mention, speaker]);
  });
});
