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
    // "and" inside a name
    ['The Food and Farming Agency ', 'The Food and Farming Agency'],
    // "so far" qualifies the subject
    ['The largest survey so far ', 'The largest survey so far'],
    // a boundary word opening the sentence is left out
    ['And the mayor ', 'the mayor'],
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
  ])('%j', (text) => {
    expect(subject(text)).toBeNull();
  });
});
