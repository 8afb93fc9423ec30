// Where tokens end (mentions/token-start.ts): plain ASCII tokens are read by character code, everything else by the
// TOKEN regex; both must cut the text the same way, whichever path a token takes and whether the text is held one
// or two bytes a character.
import { describe, expect, it } from 'vitest';
import { tokenEnd } from '../../../src/analysis/mentions/token-start.js';
import { isBlankCode } from '../../../src/analysis/segment/blanks.js';

/** The tokens of `text`, cut as the tokenizer cuts them (blanks skipped). */
function tokens(text: string): string[] {
  const out: string[] = [];
  for (let at = 0; at < text.length;) {
    if (isBlankCode(text.charCodeAt(at))) { at++; continue; }
    const end = tokenEnd(text, at);
    out.push(text.slice(at, end));
    at = end;
  }
  return out;
}
/** The same characters held two bytes a character (as text-width.ts hands texts on once it has met a wide one). */
const wide = (text: string): string => (text + '\u0100').slice(0, text.length);

describe('mentions: token ends', () => {
  it.each<[string, string[]]>([
    // words run on across inner apostrophes and hyphens with more letters after them
    ["O'Brady and al-Tamimi didn't vote", ["O'Brady", 'and', 'al-Tamimi', "didn't", 'vote']],
    ['a well- and ill-kept yard', ['a', 'well', '-', 'and', 'ill-kept', 'yard']],
    ["the farmers' co-op", ['the', 'farmers', "'", 'co-op']],
    ['B2B sales and F-35s', ['B2B', 'sales', 'and', 'F-35s']],
    // numbers run on across periods and commas with digits after them; a letter ends a number
    ['3,250.75 tonnes, 12km and 4.', ['3,250.75', 'tonnes', ',', '12', 'km', 'and', '4', '.']],
    ['in 1998, 2004', ['in', '1998', ',', '2004']],
    // dotted acronyms and initials; a capital before a lone period is a word and a mark
    ['the U.K. and J.D. Varga met A. Holm', ['the', 'U.K.', 'and', 'J.D.', 'Varga', 'met', 'A', '.', 'Holm']],
    // marks are one character each
    ['($40) -- "no"!', ['(', '$', '40', ')', '-', '-', '"', 'no', '"', '!']],
    // letters, marks and digits beyond ASCII, curly apostrophes and Unicode hyphens
    ['Dvořák’s café co‑owner naïve', ['Dvořák’s', 'café', 'co‑owner', 'naïve']],
    ['Zoë and Łukasz’ ½ cup', ['Zoë', 'and', 'Łukasz', '’', '½', 'cup']],
    ['É.U. et cætera 12٣', ['É.U.', 'et', 'cætera', '12٣']],
  ])('%s', (text, expected) => {
    expect(tokens(text)).toEqual(expected);
    expect(tokens(wide(text))).toEqual(expected);
  });
});
