// A title's possessor before a description's head takes its modifiers and a place's name back to the article that opens
// them (mentions/possessor-start.ts); with no article the words before the title stay out.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';

const speakerMention = (text: string): string | null => analyze({ id: 't', text }).quotes[0]?.speakerMention?.text ?? null;

describe('mentions: where a title possessor starts', () => {
  it.each([
    ["The Velm County coroner's aides said the report was late.", "The Velm County coroner's aides"],
    ["A Tarnby city clerk's assistant said the files were lost.", "A Tarnby city clerk's assistant"],
  ])('%s', (text, expected) => {
    expect(speakerMention(text)).toBe(expected);
  });

  it.each([
    // no article opens the possessor: the words before the title are not its own
    ["Senior police chief's aides said the van was stolen.", "chief's aides"],
  ])('leaves alone: %s', (text, expected) => {
    expect(speakerMention(text)).toBe(expected);
  });
});
