import { describe, expect, it } from 'vitest';
import { verbCues } from '../verb-cues.js';

describe('cues: an -ing form opening a sentence before bare nouns and a name or a verb is a compound noun', () => {
  it.each([
    ['Planning officer Ian Ross said the plan was too big.', ['said']],
    ['But planning committee chairman Ed Moor said the vote was close.', ['said']],
    ['Reporting restrictions were lifted after the judge said the case was over.', ['said']],
  ])('%s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });

  it.each([
    // a participle clause: a preposition, a determiner or "to" comes first, and a comma closes it
    ['Citing concerns about Hale, the board said it would wait.', ['Citing', 'said']],
    ['Citing sources close to the mayor, the paper said she would quit.', ['Citing', 'said']],
    ['Planning to leave, Ida Strand said she was tired.', ['Planning', 'said']],
  ])('leaves alone: %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });
});
