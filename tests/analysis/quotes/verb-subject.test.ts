// The subject of a verb cue (quotes/verb-subject.ts): a phrase after "that" with a finite verb of its own is the
// clause on a noun before it, and the subject is that noun with its clause ("The fact that the dam leaked seemed odd").
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';

const quotes = (text: string): { cue: string | undefined; text: string; speaker: string | null }[] =>
  analyze({ id: 't', text }).quotes.map((q) => ({ cue: q.cue?.text, text: q.text, speaker: q.speakerMention?.text ?? null }));

describe('quotes: a noun and its that-clause as the subject', () => {
  it.each([
    // a raising verb reports its whole subject, the noun's clause included; a noun cue keeps its own clause beside it
    ['Her fear that the league would ban foreign players seemed justified.', 'seemed', 'Her fear that the league would ban foreign players seemed justified'],
    ['The fact that the dam leaked seemed odd to the inspectors.', 'seemed', 'The fact that the dam leaked seemed odd to the inspectors'],
    ['Her fear that the league would ban foreign players seemed justified.', 'fear', 'the league would ban foreign players'],
  ])('%s (%s)', (text, cue, expected) => {
    expect(quotes(text).find((q) => q.cue === cue)?.text).toBe(expected);
  });

  it.each([
    // a relative clause on the subject: the noun speaks, not the relative's subject
    ['The firm that the union sued said profits would fall.', 'The firm'],
    ['The board that the mayor appointed said fares would rise.', 'The board'],
  ])('%s', (text, expected) => {
    expect(quotes(text).find((q) => q.cue === 'said')?.speaker).toBe(expected);
  });

  it.each([
    // the noun is read after the cue before it, never back over it
    ['Officials said the firm that the union sued expects a loss.', 'said', 'Officials'],
  ])('leaves alone: %s', (text, cue, expected) => {
    expect(quotes(text).find((q) => q.cue === cue)?.speaker).toBe(expected);
  });
  it('leaves alone: the content of the cue before stays whole', () => {
    expect(quotes('Officials said the firm that the union sued expects a loss.').map((q) => q.text)).toEqual(['the firm that the union sued expects a loss']);
  });
});

describe('quotes: a cue inside a bracketed aside on the subject', () => {
  it.each([
    // a relative or subordinate clause in brackets is an aside, as between commas: the noun before it speaks
    ['Two porters (who asked not to be named) said the lifts had failed.', 'Two porters'],
    ['A ranger (when asked about the fires) said the trails were closed.', 'A ranger'],
    // (the noun before the bracket, not a subject inside it)
    ['The banker (whom colleagues called cautious) said rates would fall.', 'The banker'],
    ['The nurse (after she was warned about the shortages) said the ward was unsafe.', 'The nurse'],
  ])('%s', (text, expected) => {
    expect(quotes(text).find((q) => q.cue === 'said')?.speaker).toBe(expected);
  });

  it.each([
    // the cue inside the brackets keeps its own subject
    ['The keeper (who fans say was dropped) told reporters the team was tired.', 'say', 'fans'],
  ])('leaves alone: %s', (text, cue, expected) => {
    expect(quotes(text).find((q) => q.cue === cue)?.speaker).toBe(expected);
  });
});
