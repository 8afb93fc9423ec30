// A time clause around a sourceless passive inside a reported content dates the event and reports no one
// (quotes/content-end-passive.ts): "said sales had doubled since the list was announced" is one content.
// Invented texts.
import { describe, expect, it } from 'vitest';
import { runQuotes } from '../quote-run.js';

const rows = (text: string) => runQuotes(text).map((q) => [q.text, q.cue?.text ?? null]);

describe('quotes: a time clause with a sourceless passive goes on with the content', () => {
  it.each<[string, (string | null)[][]]>([
    ['The club said ticket sales had slowed since the stadium move was first proposed.',
      [['ticket sales had slowed since the stadium move was first proposed', 'said']]],
    ['Analysts said the shares had fallen since the results were published on Monday.',
      [['the shares had fallen since the results were published on Monday', 'said']]],
    ['Growers claimed orders had dried up after the new tariff was announced in March.',
      [['orders had dried up after the new tariff was announced in March', 'claimed']]],
  ])('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  it.each<[string, (string | null)[][]]>([
    // a cause is no time clause: its passive stays a report of its own
    ['Ada Kim said she quit because she was told to.', [['she quit', 'said'], ['she was told to', 'was told']]],
    // nor is "as" after a comma
    ['Growers said orders had dried up, as the levy was widely criticised.', [['orders had dried up', 'said']]],
    // a sourceless passive of its own sentence is still reported whole
    ['The mayor is expected to resign on Friday.', [['The mayor is expected to resign on Friday', 'is expected']]],
  ])('leaves alone: %s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});
