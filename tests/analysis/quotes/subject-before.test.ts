import { describe, expect, it } from 'vitest';
import { subjectBefore } from '../../../src/analysis/quotes/subject-before.js';

// quotes/subject-before.ts: the subject of a cue back over asides. A person's age between commas, bare or with "aged",
// is such an aside: the phrase before it is the subject, whether or not it names anyone.
const subject = (text: string, cue: string, from = 0): string | null => {
  const r = subjectBefore(text, from, text.indexOf(cue), () => false);
  return r === null ? null : text.slice(r.start, r.end).trim();
};

describe('quotes: a subject before an age aside', () => {
  it.each([
    ['The ferry pilot, 52, had warned of a fault.', 'had warned', 'The ferry pilot'],
    ['The librarian, aged 70, insisted on the move.', 'insisted', 'The librarian'],
    ['Its oldest member, aged 101, recalled the flood.', 'recalled', 'Its oldest member'],
    // nested after an outer cue, read from that cue's end
    ['Police said the courier, 29, had admitted the thefts.', 'had admitted', 'the courier', 'Police said'.length],
  ])('%s', (text, cue, want, from = 0) => {
    expect(subject(text, cue, from)).toBe(want);
  });

  it.each([
    // a count of four digits, or a count with words after it, is no age: the phrase after the last comma stays
    ['In the spring of 2019, 1,200, in all, signed the letter.', 'signed', '1,200'],
    ['Prices fell, 12 in all, and traders complained.', 'complained', 'traders'],
    ['By noon, 40, the doors opened.', 'opened', 'the doors'],
  ])('leaves alone: %s', (text, cue, want) => {
    expect(subject(text, cue)).toBe(want);
  });
});
