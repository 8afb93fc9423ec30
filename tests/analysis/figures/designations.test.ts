// A number after a capitalised name and before a comma: a designation ("a Boeing 737,") unless a tally goes on.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../src/analysis/figures/index.js';
import { expectOne } from './figures-of.js';

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

describe('findFigures: identifiers against tallies', () => {
  it.each<[string, string, string]>([
    ['Voters favour it 3-1 here.', '3-1', 'other'], // a tally: one record, not an identifier
    ['Near 1750 GMT the index fell.', '1750', 'date'],
    ['Under Rule 40 of the party', '40', 'other'],
    ['the Western 2016 hopefuls', '2016', 'year'],
    ['Fans Chant 4 Words At Rally', '4', 'count'],
    ['The fund sent its 27F filing late.', '27', 'other'],
    ['post id 408812337790215542 was deleted', '408812337790215542', 'other'],
    ['The end. 9. LOCAL TEAM WINS', '9', 'other'],
  ])('%s -> %s is %s', (text, span, kind) => expectOne(text, { text: span, kind }));

  // a market index is a name with its number ("the FTSE 100 fell"): an identifier, never a count,
  // even where the name looks like a surname (the mention finder may call it a person)
  it.each<[string, string]>([
    ['The S&P 500 lost 1.4% on Friday.', '500'],
    ['The Tessaro 40 index fell 12 points.', '40'],
    ['The Vantor 150 average gained 1%.', 'Vantor'],
    ['The Kessel 50 was flat at the close.', 'Kessel'],
  ])('%s: the index number is kind other', (text, name) => {
    const span = text.match(/\d+(?=[ ,.]| index| average)/)![0];
    const at = text.indexOf(name) + name.length;
    const found = extractFigures(text, new Set([at]));
    expect(found.filter((c) => text.slice(c.start, c.end) === span).map((c) => c.kind)).toEqual(['other']);
  });

  it.each<[string, string[]]>([
    ['The count stands at Ana Ruiz 384, Bo Lee 300.', ['384', '300']],
    ['Ana Ruiz 384 votes to Bo Lee 300 votes.', ['384', '300']],
  ])('%s: after a person a tally stays a count', (text, spans) => {
    const found = extractFigures(text, new Set([text.indexOf('Ana Ruiz') + 8, text.indexOf('Bo Lee') + 6]));
    expect(found.filter((c) => spans.some((s) => text.slice(c.start, c.end).startsWith(s))).map((c) => c.kind)).toEqual(['count', 'count']);
  });

  it('a number right after a person name is a tally, not an identifier', () => {
    const text = 'The count stands at Ana Ruiz 384 and Bo Lee 300.';
    const at = (w: string) => text.indexOf(w) + w.length;
    const found = extractFigures(text, new Set([at('Ana Ruiz'), at('Bo Lee')]));
    expect(found.map((c) => [text.slice(c.start, c.end), c.kind])).toEqual([['384', 'count'], ['300', 'count']]);
  });
});
