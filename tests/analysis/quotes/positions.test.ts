// quotes/positions.ts: stripAux (the auxiliaries and adverbs between a subject and its cue) and phraseBefore (the
// subject phrase left of an offset, back to a clause boundary). Invented texts; each row gives the text up to the cue.
import { describe, expect, it } from 'vitest';
import { phraseBefore, stripAux } from '../../../src/analysis/quotes/positions.js';

// the subject as written: the phrase before the cue, auxiliaries stripped (the cue starts at the text's end); after a
// boundary the phrase starts on the blank before its first word (its callers trim), so the blank is dropped here
const subject = (text: string): string | null => {
  const r = phraseBefore(text, 0, stripAux(text, 0, text.length));
  return r === null ? null : text.slice(r.start, r.end).trimStart();
};

describe('quotes/positions: stripAux', () => {
  it.each<[string, string]>([
    ['The ferry firm has also ', 'The ferry firm'],
    ['Lina Berg later ', 'Lina Berg'],
    ['The union had repeatedly ', 'The union'],
    ['The clerk quickly ', 'The clerk'],
    ['The board today ', 'The board'],
    // no auxiliary: the subject runs to the cue
    ['Lina Berg ', 'Lina Berg '],
    // an adjective in -ly is no adverb
    ['The Quist family ', 'The Quist family '],
  ])('%j', (text, expected) => {
    expect(text.slice(0, stripAux(text, 0, text.length))).toBe(expected);
  });
});

describe('quotes/positions: phraseBefore finds the subject', () => {
  it.each<[string, string]>([
    ['Lina Berg ', 'Lina Berg'],
    // a clause boundary word ends it on the left
    ['The pier is closed because the inspector ', 'the inspector'],
    ['Rents rose and the council ', 'the council'],
    // a comma, a semicolon, a colon or a dash ends it
    ['After the storm, the harbour master ', 'the harbour master'],
    ['The tide turned; the pilot ', 'the pilot'],
    ['The tide turned — the pilot ', 'the pilot'],
    // a thousands comma does not
    ['A poll of 1,500 voters ', 'A poll of 1,500 voters'],
    // a parenthesis inside it is skipped whole
    ['Rep. Ada Moor (D-Vt.) ', 'Rep. Ada Moor (D-Vt.)'],
    // ... and so is a bracketed relative clause of any length
    ['Ruth Ames (whom the regulator questioned at length) ', 'Ruth Ames (whom the regulator questioned at length)'],
    ['The goalkeeper (who had kept a clean sheet in every away match) ', 'The goalkeeper (who had kept a clean sheet in every away match)'],
    // "and" inside a name
    ['The Food and Farming Agency ', 'The Food and Farming Agency'],
    // "so far" qualifies the subject
    ['The largest survey so far ', 'The largest survey so far'],
    // a boundary word opening the sentence is left out
    ['And the mayor ', 'the mayor'],
    // ... and a bracket before more than the boundary word keeps the words after it
    ['The club (which the fans ', 'the fans'],
  ])('%j', (text, expected) => {
    expect(subject(text)).toBe(expected);
  });
});

describe('quotes/positions: phraseBefore finds none', () => {
  it.each<string>([
    // more than twelve words with no boundary
    'One two three four five six seven eight nine ten eleven twelve thirteen fourteen ',
    // a boundary word right before the cue leaves nothing
    'The pier is closed because ',
    // only blanks
    '   ',
    // a closing quote mark ends the phrase at once
    '“The pier is closed,” ',
    // a lone boundary word after a bracket or a dash opens a clause, as after a blank
    'The club (which ',
    'The keeper —who ',
  ])('%j', (text) => {
    expect(subject(text)).toBeNull();
  });
});

describe('quotes/positions: a long bracket that opens no relative clause is not skipped', () => {
  it.each<[string, string]>([
    ['Ruth Ames (a former regulator at the national banking authority) ', 'a former regulator at the national banking authority)'],
    // a relative pronoun later in the bracket does not open it
    ['The trial (the longest of those in which the county sat) ', 'the county sat)'],
  ])('%j', (text, expected) => {
    expect(subject(text)).toBe(expected);
  });
});
