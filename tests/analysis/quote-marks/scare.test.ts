// quote-marks/scare.ts isScare, through findQuoteMarks: a quote is a scare quote or a title (role 'scare') after a
// naming word, an inscription or a work's owner, or when it is short and out of a speech position; else speech.
// Invented texts; each row lists every quote as "role:inner".
import { describe, expect, it } from 'vitest';
import { segment } from '../../../src/analysis/segment/index.js';
import { findQuoteMarks } from '../../../src/analysis/quote-marks/index.js';

const roles = (text: string): string[] => findQuoteMarks(segment({ id: 't', text })).quoteSpans.map((q) => `${q.role}:${q.inner.text}`);

describe('quote-marks/scare: scare quotes and titles', () => {
  it.each<[string, string[]]>([
    // a naming word right before it, however long the quote
    ['The new bridge was dubbed “the longest road to nowhere in the county” within a week.', ['scare:the longest road to nowhere in the county']],
    ['The council used the term “managed decline” in its plan for the docks.', ['scare:managed decline']],
    // one or two words, no speech verb in the sentence
    ['The “pilot” phase of the tram ran for a year.', ['scare:pilot']],
    // a short all-title-case span with no attribution after it
    ['Crowds queued for “Tide and Timber” at the gallery.', ['scare:Tide and Timber']],
    // a work named after its owner and genre
    ['The baker’s memoir, “flour on every page,” sold well in the valley.', ['scare:flour on every page,']],
    // an empty quote holds no words
    ['The box marked “” was empty.', ['scare:']],
  ])('%s', (text, expected) => {
    expect(roles(text)).toEqual(expected);
  });
});

describe('quote-marks/scare: speech', () => {
  it.each<[string, string[]]>([
    // a speech verb in the sentence outside the quote makes a short quote someone's words
    ['The coach said the pitch was “unplayable” on Saturday.', ['speech:unplayable']],
    // a colon leads into it
    ['Her answer: “Never.”', ['speech:Never.']],
    // a whole sentence of its own that ends like one
    ['The clerk shrugged. “Too late.” The office closed.', ['speech:Too late.']],
    // three words or more, not title case, no naming word
    ['The “tram will never run” line spread fast.', ['speech:tram will never run']],
    // title case with an attribution right after it
    ['“Build The Wall Higher,” the foreman said.', ['speech:Build The Wall Higher,']],
    // the owner's statement is speech, not a work
    ['The baker’s statement, “we will reopen in May,” was brief.', ['speech:we will reopen in May,']],
  ])('%s', (text, expected) => {
    expect(roles(text)).toEqual(expected);
  });
});
