import { describe, expect, it } from 'vitest';
import { speakers } from './speaker-mentions.js';

// "CONTENT, according to a summary by the research office": when the mention stage lists nothing in the source
// phrase, the noun phrase it opens with (up to a preposition or a participle) is still the speaker mention, flagged
// unknown, so the record says who vouches. A source with a mention keeps it.

describe('quotes/according-to: a source phrase with no mention in it', () => {
  it.each([
    ['The levy would raise $40 million a year, according to a summary by the assembly\'s budget office.', 'a summary'],
    ['The Greens won nine of the 60 seats, according to official results released on Sunday.', 'official results'],
    ['Nine boats sank in the storm, according to an early count by the harbour office.', 'an early count'],
  ])('%s', (text, speaker) => {
    expect(speakers(text)).toEqual([speaker]);
  });

  it.each([
    // a named source keeps its mention
    ['The levy would raise $40 million a year, according to Ana Ruiz, the assembly\'s budget officer.', 'Ana Ruiz'],
    ['Ferry traffic fell by a third, according to the port authority.', 'the port authority'],
  ])('keeps: %s', (text, speaker) => {
    expect(speakers(text)).toEqual([speaker]);
  });
});
