// A "general" after certain titles completes them ("the attorney general", "the auditor general's report";
// lexicon/titles.ts GENERAL_TITLE_HEADS): the description runs over it and the role holds it.
import { describe, expect, it } from 'vitest';
import { segment } from '../../../src/analysis/segment/index.js';
import { findQuoteMarks } from '../../../src/analysis/quote-marks/index.js';
import { findCues } from '../../../src/analysis/cues/index.js';
import { findMentions } from '../../../src/analysis/mentions/index.js';

const found = (text: string): string[] => findMentions(findCues(findQuoteMarks(segment({ id: 't', text }))))
  .mentions.map((m) => `${m.text}/${m.role ?? ''}`);

describe('mentions: titles a "general" completes', () => {
  it.each([
    ['Later the attorney general said the firm lied.', 'the attorney general/attorney general'],
    ['The surgeon general warned that vaping was risky.', 'The surgeon general/surgeon general'],
    // the whole title owns what follows it
    ['The auditor general’s report found gaps in the files.', 'The auditor general’s report/'],
  ])('%s', (text, expected) => {
    expect(found(text)).toContain(expected);
  });

  it.each([
    // a general named after a comma is someone of that rank, not the title's word
    ['The secretary, General Ada Kim, said no.', ['The secretary/secretary', 'General Ada Kim/general']],
    // no title before it: "general" stays out
    ['The manager general said no.', ['The manager/manager']],
  ])('leaves alone: %s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
