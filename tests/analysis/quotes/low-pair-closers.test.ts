import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';
import { isClosingMark } from '../../../src/analysis/quotes/text-utils.js';

// German-style quotes in English copy („...“ and ‚...‘) close with the marks English opens with; after the
// quote's own punctuation such a mark closes, so an inverted attribution after it ("„...,“ said X") is read
// like one after ”.
const quotes = (text: string) => analyze({ id: 't', text }).quotes.map((q) => [q.type, q.text, q.speakerMention?.text ?? null, q.cue?.text ?? null]);

describe('quotes: an inverted attribution after a low-9 quote', () => {
  it.each([
    ['„We kept every beam we could,“ said architect Lotte Brenner.', 'We kept every beam we could,', 'architect Lotte Brenner'],
    ['„The ferry will run again in May,“ said the harbour master.', 'The ferry will run again in May,', 'the harbour master'],
    ['„Nobody told us about the fence,“ said Jonas Pettersen, who farms the land next to the depot.', 'Nobody told us about the fence,', 'Jonas Pettersen'],
    ['‚It was worth every cent,‘ said a visitor from Lindau.', 'It was worth every cent,', 'a visitor'],
  ])('%s', (text, content, speaker) => {
    const got = quotes(text);
    expect(got).toHaveLength(1);
    expect(got[0]?.[0]).toBe('direct');
    expect(got[0]?.[1]).toBe(content);
    expect(String(got[0]?.[2])).toContain(speaker.split(' ').pop());
    expect(got[0]?.[3]).toBe('said');
  });
});

describe('quotes: what the low-9 closers leave alone', () => {
  it.each([
    // an English opening mark stays an opening mark: the quote after it is the cue's content
    ['The coach said, “We will be back next year.”', 'We will be back next year.', 'The coach'],
    ['Residents said “enough is enough” at the meeting.', '“enough is enough” at the meeting', 'Residents'],
    // a title in English marks before the cue is no closed quote: the report after the cue stands
    ['The “Harbour Singers” said they would play on Sunday.', 'they would play on Sunday', 'Singers'],
  ])('%s', (text, content, speaker) => {
    const got = quotes(text);
    expect(got.map((q) => q[1])).toContain(content);
    expect(got.find((q) => q[1] === content)?.[2]).toBe(speaker);
  });

  it.each([
    ['„Ja,“ said', 4, true],
    ['„Ja!“ said', 4, true],
    ['she said “Yes', 9, false],
    ['the “Harbour', 4, false],
    ['”', 0, true],
  ])('%j at %i closes: %s', (text, at, expected) => {
    expect(isClosingMark(text, text[at] ?? '', at)).toBe(expected);
  });
});
