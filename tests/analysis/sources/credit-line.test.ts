// The outlet's credit line (src/analysis/sources/credit-line.ts): "(AP)" alone on one of the last short lines, or a
// dateline credit at the top. Texts are invented.
import { describe, expect, it } from 'vitest';
import { findCreditLine } from '../../../src/analysis/sources/credit-line.js';

const credit = (text: string) => {
  const c = findCreditLine(text);
  if (c) expect(text.slice(c.start, c.end)).toBe(c.text);
  return c?.text ?? null;
};

describe('credit line: found', () => {
  it.each<[string, string]>([
    ['The ferry carried 40 cars.\n\n(AP)', '(AP)'],
    ['The ferry carried 40 cars.\n  (Reuters)  \n', '(Reuters)'],
    // a dash credit
    ['The ferry carried 40 cars.\n— Harbour News', '— Harbour News'],
    // page furniture after the credit
    ['The ferry carried 40 cars.\n(AFP)\nShare\nComment', '(AFP)'],
    // a dateline credit at the top, with or without a date
    ['TROMSO (AP) — The ferry carried 40 cars.', '(AP)'],
    ['TROMSO, May 3 (AFP) — The ferry carried 40 cars.', '(AFP)'],
  ])('%j', (text, want) => expect(credit(text)).toBe(want));
});

describe('credit line: none', () => {
  it.each<[string]>([
    ['The ferry carried 40 cars.'],
    // a long last line is the story, not a credit
    ['The ferry carried 40 cars, and (AP) said so in a long closing line of text.'],
    // a credit above a long line of story: the story's end is the last line
    ['Intro.\n(AP)\nThe ferry carried 40 cars across the fjord on Monday.'],
    // a credit above more lines than the furniture allows
    ['Top.\n(AP)\none\ntwo\nthree'],
    // lower case in parentheses
    ['The ferry carried 40 cars.\n(see below)'],
    // an empty text
    [''],
  ])('%j', (text) => expect(credit(text)).toBeNull());
});
