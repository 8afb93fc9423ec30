// A fuller name after "the" ("the Tallo Slate", a product) is no person whose short form a one-word name met before
// was (speakers/people.ts personMatch, names.ts): the one-word name keeps its own entity.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';

const speakers = (text: string): (string | null)[] => analyze({ id: 't', text }).quotes.map((q) => q.speaker);

describe('speakers: a fuller name after "the"', () => {
  it.each([
    ['Tallo built the Tallo Slate in Velm. Tallo also said the tablet would ship in June.', ['Tallo']],
    ['Vexor launched the Vexor Nine at the fair. Vexor said the phone would ship in May.', ['Vexor']],
  ])('%s', (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });

  it.each([
    // no article: the one-word name met first is the fuller name's short form
    ['Ivo said he was tired. Ivo Brandt said the race was over.', ['Ivo Brandt', 'Ivo Brandt']],
  ])('leaves alone: %s', (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});
