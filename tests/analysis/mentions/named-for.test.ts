// A common noun capitalised where no sentence starts, then "for"/"of" and a capitalised word, is one organisation
// named by what it is for ("..., Transport for Tarn said"), not a word apart and a person (mentions/run-joins.ts).
import { describe, expect, it } from 'vitest';
import { segment } from '../../../src/analysis/segment/index.js';
import { findQuoteMarks } from '../../../src/analysis/quote-marks/index.js';
import { findCues } from '../../../src/analysis/cues/index.js';
import { findMentions } from '../../../src/analysis/mentions/index.js';

const mentions = (text: string): string[] => findMentions(findCues(findQuoteMarks(segment({ id: 't', text }))))
  .mentions.map((m) => `${m.kind}:${m.text}`);

describe('mentions: an organisation named "X for Y" / "X of Y"', () => {
  it.each([
    ['The bus fare will rise from May, Transport for Tarnby said.', 'organization:Transport for Tarnby'],
    ['The dam is unsafe, according to Citizens for Clean Rivers.', 'organization:Citizens for Clean Rivers'],
    ['The new levy is unfair, Friends of Tarn Marsh said.', 'organization:Friends of Tarn Marsh'],
  ])('%s', (text, expected) => {
    expect(mentions(text)).toContain(expected);
  });

  it.each([
    // a sentence start says nothing by its capital
    ['Support for Ada Kim has grown, Ivo Berg said.', 'organization:Support for Ada Kim'],
    // a party word's "of" names a member's state; a title's "of" is the title rule's
    ['It was a blow, Senator Ada Kim, Republican of Tarnland, said.', 'organization:Republican of Tarnland'],
    // before a first name the "for" is no name's
    ['The prize went to Teams for Ada Kim, Ivo Berg said.', 'organization:Teams for Ada'],
  ])('leaves alone: %s', (text, absent) => {
    expect(mentions(text)).not.toContain(absent);
  });
});
