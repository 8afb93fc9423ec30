// The subject after an opening participle clause, and the dateline the subject search skips
// (quotes/speaker-opening.ts). Moved from speaker.test.ts. Invented texts; the whole pipeline.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';

const quotes = (text: string) => analyze({ id: 't', text }).quotes;
/** [speaker mention, speaker] of the record whose cue starts with `cue`. */
const speakerAt = (text: string, cue: string) => {
  const q = quotes(text).find((x) => x.cue !== null && text.slice(x.cue.start).startsWith(cue));
  return [q?.speakerMention?.text ?? null, q?.speaker ?? null];
};

describe('quotes/speaker-opening: the subject after an opening clause', () => {
  it.each([
    // a participle clause opening the sentence: the subject after its comma
    ['Responding to questions from farmers, Ilse Marwick would offer lower fees.', 'Responding to', 'Ilse Marwick', 'Ilse Marwick'],
    ['After saying he felt tired, the farmer left the hall early.', 'saying', 'the farmer', null],
    // a dateline names the place and the agency, not the subject
    ['TARNBY, Ohio (Wire) — Ilse Marwick toured the port on Sunday, hoping the strike would end.', 'hoping', 'Ilse Marwick', 'Ilse Marwick'],
  ])('%s', (text, cue, mention, speaker) => {
    expect(speakerAt(text, cue)).toEqual([mention, speaker]);
  });
});
