// quote-marks/marks.ts and pair.ts: paragraphs that mix straight marks with low-9 („) and high-6 (“)
// marks, as copy typed on more than one keyboard does. A “ closes a „; after a word it closes any
// double mark; a straight " that opens a word opens, even inside a „...“ quote.
import { describe, expect, it } from 'vitest';
import { segment } from '../../../src/analysis/segment/index.js';
import { findQuoteMarks } from '../../../src/analysis/quote-marks/index.js';

/** Each quote's inner text and depth. */
const quotes = (text: string): [string, number][] =>
  findQuoteMarks(segment({ id: 't', text })).quoteSpans.map((q) => [q.inner.text, q.depth]);

describe('mixed marks: paired', () => {
  it.each<[string, [string, number][]]>([
    // a straight quote inside a low-9 one opens a quote of its own
    ['„She called the fare rise "daylight robbery" on air,“ said commuter Jo Pratt.',
      [['She called the fare rise "daylight robbery" on air,', 0], ['daylight robbery', 1]]],
    ['„Our motto is "never give up" and we mean it,“ the skipper said.',
      [['Our motto is "never give up" and we mean it,', 0], ['never give up', 1]]],
    // a low-9 quote closed by a straight mark, then a straight quote closed by a high-6 one
    ['„Stay calm," the captain said, "and keep to your seats.“',
      [['Stay calm,', 0], ['and keep to your seats.', 0]]],
    // a high-6 mark closing after a word, whatever opened the quote
    ['“The harvest is late,“ the grower said.', [['The harvest is late,', 0]]],
    ['The regulator ordered an "urgent audit“ of the port.', [['urgent audit', 0]]],
    ['"Nobody saw the fire start.“\n\nThe warden agreed.', [['Nobody saw the fire start.', 0]]],
  ])('%s', (text, want) => {
    expect(quotes(text)).toEqual(want);
  });
});

describe('mixed marks: left alone', () => {
  it.each<[string, [string, number][]]>([
    // English nesting: a “ after a blank opens an inner quote
    ['“He told me “go home” twice,” she said.', [['He told me “go home” twice,', 0], ['go home', 1]]],
    // German style with single low-9 marks inside
    ['Er sagte „wir ‚gehen‘ jetzt“ und ging.', [['wir ‚gehen‘ jetzt', 0], ['gehen', 1]]],
    // a “ glued to the words after it, after a colon, opens
    ['The notice read:“Closed for repairs.”', [['Closed for repairs.', 0]]],
    // a straight quote inside a German one, its closer forgotten: the “ still closes the „
    ['„Wir sagen "nein“, sagte er.', [['Wir sagen "nein', 0]]],
    // a straight quote opening a word does not close a low-9 one still open
    ['„Ready "now', []],
    // a lone “ after a word with nothing open is no quote
    ['The banner said hello“ to all.', []],
  ])('%s', (text, want) => {
    expect(quotes(text)).toEqual(want);
  });
});
