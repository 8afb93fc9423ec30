// quote-marks/marks.ts findMarks: every quotation mark with its family and side, read from its glyph and the
// characters around it; apostrophes (don't, Maria’s, the '90s, 'em) are no mark. Invented texts; each mark is shown
// as "glyph family side" plus its flags.
import { describe, expect, it } from 'vitest';
import { findMarks, type Mark } from '../../../src/analysis/quote-marks/marks.js';

const show = (text: string, m: Mark): string => [text.slice(m.at, m.at + m.len), m.family, m.side,
  m.low === true ? 'low' : '', m.highSix !== undefined ? `six:${m.highSix.afterWord}` : '', m.maybeApostrophe === true ? 'maybe' : '']
  .filter((s) => s !== '').join(' ');
const marks = (text: string): string[] => findMarks(text).map((m) => show(text, m));

describe('quote-marks/marks: glyphs with a fixed side', () => {
  it.each<[string, string[]]>([
    ['He said “no” twice.', ['“ double open six:false', '” double close']],
    ['Sie sagte „nein“ dort.', ['„ double open low', '“ double open six:true']],
    ['Er sagte ‚nein‘ dort.', ['‚ single open low', '‘ single close']],
    ['Il a dit « non » hier.', ['« guillemet open', '» guillemet close']],
    ['Il a dit ‹ non › hier.', ['‹ angle open', '› angle close']],
    ["He said ``no'' twice.", ['`` double open', "'' double close"]],
  ])('%s', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });
});

describe('quote-marks/marks: straight marks take their side from what flanks them', () => {
  it.each<[string, string[]]>([
    ['He said "no" twice.', ['" double open', '" double close']],
    ['"Stop," she said.', ['" double open', '" double close']],
    // between spaces: either side
    ['The sign " hung there.', ['" double either']],
    ["He said 'no' twice.", ["' single open", "' single close"]],
    ['He said ‘no’ twice.', ['‘ single open', '’ single close']],
    // a single close after a plural and before a lower-case word may be a possessive apostrophe
    ["The 'workers' pay rose.", ["' single open", "' single close maybe"]],
  ])('%s', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });
});

describe('quote-marks/marks: apostrophes are no mark', () => {
  it.each<string>([
    "We don't know.",
    'Maria’s boat sank.',
    "Music of the '90s sold well.",
    'The ’80s were loud.',
    "Let 'em try.",
    "They stayed 'til dawn.",
    // a lone ’ opening a word is an elision, whatever the word
    'The ’burbs grew fast.',
  ])('%s', (text) => {
    expect(marks(text)).toEqual([]);
  });

  it('keeps a single close after a plural as a possible close (pairing decides)', () => {
    expect(marks("The nurses' union met.")).toEqual(["' single close maybe"]);
  });
});
