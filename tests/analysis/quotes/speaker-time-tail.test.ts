import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';
import { endBeforeTimeTail } from '../../../src/analysis/quotes/speaker-time-tail.js';

const mentions = (text: string) => analyze({ id: 't', text }).quotes.map((q) => q.speakerMention?.text ?? null);
const cut = (phrase: string) => phrase.slice(0, endBeforeTimeTail(phrase, 0, phrase.length));

describe('quotes/speaker-time-tail: a time phrase between a subject and its cue', () => {
  it.each([
    // a body the mention stage does not list, then when it spoke: the body is the speaker phrase
    ['The tax office on Monday said refunds would be late.', 'The tax office'],
    ["The prosecutor's office late on Friday said the charges would stand.", "The prosecutor's office"],
    ['The harbour office last week said the pier would close in June.', 'The harbour office'],
    ['The weather office Tuesday said the storm had turned north.', 'The weather office'],
    ['The federal land office earlier this month said the files were lost.', 'The federal land office'],
  ])('%s', (text, mention) => {
    expect(mentions(text)).toEqual([mention]);
  });

  it.each([
    // the phrase ends at the body; a time phrase alone, or one inside the phrase, stays
    ['The tax office on Monday', 'The tax office'],
    ['The harbour office last week', 'The harbour office'],
    ['The panel in March', 'The panel'],
  ])('cuts %s', (phrase, expected) => {
    expect(cut(phrase)).toBe(expected);
  });

  it.each([
    // leave alone: no time phrase, a time phrase that is the whole phrase, a date inside the phrase
    ['The tax office'],
    ['On Monday'],
    ['The Monday meeting'],
    ['The report of March 3 on the harbour'],
  ])('leaves %s whole', (phrase) => {
    expect(cut(phrase)).toBe(phrase);
  });

  it.each([
    // leave alone: a time phrase with no subject before it names nobody; a listed body keeps its own mention
    ['Late on Friday said the charges would stand.', null],
    ['The mayor on Tuesday said the tram would open in May.', 'The mayor'],
  ])('leaves the speaker of %s as it was', (text, mention) => {
    expect(mentions(text)).toEqual([mention]);
  });
});
