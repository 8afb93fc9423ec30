// The words after a cue as content-start.ts reads them (quotes/content-start-window.ts): asides that are no clause
// mark blanked to spaces, offsets kept. Invented texts.
import { describe, expect, it } from 'vitest';
import { cueWindow } from '../../../src/analysis/quotes/content-start-window.js';

describe('quotes/content-start-window: blanks asides', () => {
  // [text, the part blanked to spaces]
  it.each<[string, string]>([
    // a naming aside before the "that"
    ['told the jury, in what he called a slip, that the van was red.', ', in what he called a slip,'],
    // a speaker's aside in the reported clause
    ['told the jury the van, she added, was red.', ', she added,'],
  ])('%s', (text, blanked) => {
    expect(cueWindow(text, 0, text.length)).toBe(text.replace(blanked, ' '.repeat(blanked.length)));
  });
});

describe('quotes/content-start-window: leaves alone', () => {
  it.each<[string, number, string]>([
    // no aside: the text as it stands, up to the end given
    ['told the jury the van was red.', 13, 'told the jury'],
    // a comma phrase of another kind stays
    ['told the jury, on the second day, that the van was red.', 100, 'told the jury, on the second day, that the van was red.'],
  ])('%s', (text, end, expected) => {
    expect(cueWindow(text, 0, end)).toBe(expected);
  });
});
