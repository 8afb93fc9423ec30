// A plural cue word right after a preposition is a noun ("Asked about reports that ...", "Amid claims that ..."): its
// source is no one named, not the subject of the main clause (quotes/subjects.ts sentenceSubject).
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';

const sources = (text: string): string[] => analyze({ id: 't', text }).quotes.map((q) => `${q.cue?.text}:${q.speakerMention?.text ?? null}`);

describe('speakers: a noun cue after a preposition in an opening clause', () => {
  it.each([
    ['Asked about reports that the club had run out of money, he said nothing.', 'reports:he'],
    ['Asked about claims that the club had run out of money, the chairman said he would resign.', 'claims:the chairman'],
  ])('%s', (text, absent) => {
    expect(sources(text)).not.toContain(absent);
  });

  it.each([
    // a gerund after a preposition keeps the sentence's subject
    ['He gave few details, aside from saying the club was safe.', 'saying:He'],
    // a verb with no subject of its own still shares the sentence's
    ['Ann Lee said the club was safe, and warns that more cuts will come.', 'warns:Ann Lee'],
    ['Asked about claims that the club had run out of money, the chairman said he would resign.', 'said:the chairman'],
  ])('leaves alone: %s', (text, expected) => {
    expect(sources(text)).toContain(expected);
  });
});
