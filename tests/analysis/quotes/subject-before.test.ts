import { describe, expect, it } from 'vitest';
import { subjectBefore } from '../../../src/analysis/quotes/subject-before.js';
import { analyze } from '../../../src/analysis/index.js';

// quotes/subject-before.ts: the subject of a cue back over asides. A person's age between commas, bare or with "aged",
// is such an aside: the phrase before it is the subject, whether or not it names anyone.
// (the stand-in for the mentions stage: a run of two capitalised words names someone)
const namesSomeone = (text: string) => (r: { start: number; end: number }): boolean => /\p{Lu}\p{Ll}+ \p{Lu}/u.test(text.slice(r.start, r.end));
const subject = (text: string, cue: string, from = 0): string | null => {
  const r = subjectBefore(text, from, text.indexOf(cue), namesSomeone(text));
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

// A relative clause or a participle clause between commas is an aside on the subject, even when it names someone
// ("who met Ivo Sarn", "speaking at the town hall"); and the comma that closes a quote ends the walk back: the
// quote's words are the content, never the subject ('“We will stay,” the mayor, ..., said').
describe('quotes: a subject before a relative or participle aside, after a closed quote', () => {
  it.each([
    ['“We will not move,” the mayor, speaking at the town hall, said.', 'said', 'the mayor'],
    ['“The pier must close,” the engineer, writing in a report to the council, said.', 'said', 'the engineer'],
    ['“Fares will rise,” the treasurer, standing beside the mayor, told reporters.', 'told', 'the treasurer'],
    ['Ana Roe, who met Ivo Sarn in May, said the pier must close.', 'said', 'Ana Roe'],
    ['The port, which Ivo Sarn runs, said fees would rise.', 'said', 'The port'],
    ['Ana Roe, whose ferry sank in May, said the pier must close.', 'said', 'Ana Roe'],
    // an object relative ("whom the owners hired") names its own subject, no speaker: the phrase before it speaks
    ['The skipper, whom the owners had hired in spring, said the hull was sound.', 'said', 'The skipper'],
    ['Several officials, including the mayor, said the pier must close.', 'said', 'Several officials'],
  ])('%s', (text, cue, want) => {
    expect(subject(text, cue)).toBe(want);
  });

  it.each([
    // an apposition that names the subject, a participle with its agent, a clause before a later subject
    ['“No,” Ivo Sarn, the harbour master, said.', 'said', 'Ivo Sarn'],
    ['Sen. Ana Roe, D-Ore., visiting the plant, said it was safe.', 'said', 'Sen. Ana Roe'],
    ['The ruling, seen by Ana Roe, says the pier must close.', 'says', 'The ruling'],
    ['The ferry, sailing in fog, hit the pier, Ana Roe said.', 'said', 'Ana Roe'],
    // before a "whom" aside, a name in apposition still wins over the description it follows
    ['The skipper, Ivo Sarn, whom the owners hired in spring, said the hull was sound.', 'said', 'Ivo Sarn'],
    // a name in apposition ending in -ing is no participle
    ['“Close it,” the builder, Ana Fleming, said.', 'said', 'Ana Fleming'],
    ['“Close it,” Ana Fleming, the builder, said.', 'said', 'Ana Fleming'],
  ])('leaves alone: %s', (text, cue, want) => {
    expect(subject(text, cue)).toBe(want);
  });
});

describe('quotes: a closed quote attributed across a participle aside', () => {
  it('gives each paragraph its own record and speaker', () => {
    const text = '“We will not move,” the mayor, speaking at the town hall, said.\n\n“The pier must close,” the engineer, writing in a report to the council, said.';
    const got = analyze({ id: 't', text }).quotes.map((q) => [q.text, q.speakerMention?.text ?? null, q.cue?.text ?? null]);
    expect(got).toEqual([['We will not move,', 'the mayor', 'said'], ['The pier must close,', 'the engineer', 'said']]);
  });
});
