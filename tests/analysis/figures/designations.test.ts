// A number after a capitalised name and before a comma: a designation ("a Boeing 737,") unless a tally goes on.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../src/analysis/figures/index.js';

const kindOf = (text: string, span: string): string | undefined =>
  extractFigures(text).find((c) => text.slice(c.start, c.end) === span)?.kind;

describe('figures: a name and its number before a comma', () => {
  it.each<[string, string]>([
    ['The jet, a Corvan 737, was twelve years old.', '737'],
    ['Members of Dockers Local 1447, the port union, voted to strike.', '1447'],
    ['Under Clause 17, as it stands, the vote is binding.', '17'],
    // a name and number after a comma with no number before it is still a designation
    ['Ivo Berg, who flew a Corvan 737.', '737'],
  ])('%s: %s is a designation', (text, span) => {
    expect(kindOf(text, span)).toBe('other');
  });
  it.each<[string, string]>([
    // another name and number after the comma: a score or a tally goes on
    ['Final score: Harlow 2, Brackmoor Rovers 1.', '2'],
    ['The count: Tarn 512, and Vell 470.', '512'],
    // the tally's last pair, after a number, a comma and a name
    ['Final score: Harlow 2, Brackmoor Rovers 1.', '1'],
    ['The count: Tarn 512, and Vell 470.', '470'],
  ])('%s: %s stays a count', (text, span) => {
    expect(kindOf(text, span)).toBe('count');
  });
});
