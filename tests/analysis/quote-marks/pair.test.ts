// quote-marks/pair.ts pairMarks: opening and closing marks paired with a stack, paragraph by paragraph, each pair
// shown by its inner text (and "+" when it runs on into the next paragraph, news style). Invented texts.
import { describe, expect, it } from 'vitest';
import { findMarks } from '../../../src/analysis/quote-marks/marks.js';
import { pairMarks } from '../../../src/analysis/quote-marks/pair.js';
import { findParagraphs } from '../../../src/analysis/segment/paragraphs.js';

const pairs = (text: string): string[] => pairMarks(findMarks(text), findParagraphs(text))
  .map((p) => `${p.depth}:${text.slice(p.innerStart, p.innerEnd)}${p.continued ? '+' : ''}`);

describe('quote-marks/pair: pairs', () => {
  it.each<[string, string[]]>([
    ['She said “the pier is safe” twice.', ['0:the pier is safe']],
    // a nested quote of another family, at depth one
    ['He said “they called it ‘a folly’ at first” then left.', ['0:they called it ‘a folly’ at first', '1:a folly']],
    // German style: „ closed by “, and a straight quote inside it
    ['Sie sagte „er nannte es "Unsinn" heute“ dort.', ['0:er nannte es "Unsinn" heute', '1:Unsinn']],
    // mixed glyphs: a “ after a word closes a straight opening mark
    ['He said "we are ready.“ Then he left.', ['0:we are ready.']],
    // a plural possessive inside a single quote, closed later: the possessive is an apostrophe
    ["She said 'the nurses' union will strike' today.", ["0:the nurses' union will strike"]],
    // a quote left open that the next paragraph reopens runs on (the last paragraph's part closes normally)
    ['“The pier is old.\n“We will rebuild it,” she said.', ['0:The pier is old.+', '0:We will rebuild it,']],
  ])('%s', (text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });
});

describe('quote-marks/pair: leaves alone', () => {
  it.each<[string, string[]]>([
    // an open mark never closed is dropped
    ['She said “the pier is safe and left.', []],
    // a close of another family does not close it
    ['She said “the pier is safe» and left.', []],
    // a quote left open whose next paragraph does not reopen it: dropped, no run-on
    ['“The pier is old.\nShe said it twice.', []],
    // a single quote is never continued across paragraphs
    ["'The pier is old.\n'We will rebuild it,' she said.", ['0:We will rebuild it,']],
    // a plural possessive with no later close stays a close, pairing the earlier open
    ["The 'nurses' union met.", ['0:nurses']],
    // marks in two paragraphs never pair across the break
    ['She said “the pier\n” was old.', []],
  ])('%s', (text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });
});
