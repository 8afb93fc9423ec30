// A subject phrase that is an aside (quotes/speaker-aside.ts): the speaker is the mention before the aside, not one
// inside it. Moved from speaker.test.ts. Invented texts; the whole pipeline.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';

const quotes = (text: string) => analyze({ id: 't', text }).quotes;
/** [speaker mention, speaker] of the record whose cue starts with `cue`. */
const speakerAt = (text: string, cue: string) => {
  const q = quotes(text).find((x) => x.cue !== null && text.slice(x.cue.start).startsWith(cue));
  return [q?.speakerMention?.text ?? null, q?.speaker ?? null];
};

describe('quotes/speaker-aside: the subject before an aside', () => {
  it.each([
    // a relative clause between subject and cue: the subject is before it, not a name inside it
    ['Ilse Marwick, who had met Tomas Lindqvist on Monday, said the talks failed.', 'said', 'Ilse Marwick', 'Ilse Marwick'],
    // an object relative has its own subject: left alone
    ['Ilse Marwick has a rival, Tomas Lindqvist, who she says was unfair to her.', 'says', 'she', 'Ilse Marwick'],
    // a group named right after the pronoun is the relative clause's own subject: no aside
    ['The men who workers say attacked them have fled.', 'say', 'workers', null],
    ['The builder who inspectors say ignored the rules has gone.', 'say', 'inspectors', null],
    // a word after the pronoun that is no group noun opens an aside: left to the subject before it
    ['Ilse Marwick, who later joined the board, said the talks failed.', 'said', 'Ilse Marwick', 'Ilse Marwick'],
    // a place and an apposition between the name and its relative clause
    ['Sen. Ilse Marwick of Ohio, a Liberal who has declined to back Mr. Lindqvist, said the port deserved better.', 'said', 'Sen. Ilse Marwick of Ohio, a Liberal who', 'Ilse Marwick'],
    // the words before the cue close an aside opened further back: the subject is before the aside
    ['Ilse Marwick, who has campaigned for Tomas Lindqvist since he left the council in May, blasted the port plan as a waste.', 'blasted', 'Ilse Marwick', 'Ilse Marwick'],
    ['Ilse Marwick, leading in the polls and touring most of the coast, questioned the port plan.', 'questioned', 'Ilse Marwick', 'Ilse Marwick'],
  ])('%s', (text, cue, mention, speaker) => {
    expect(speakerAt(text, cue)).toEqual([mention, speaker]);
  });
});
