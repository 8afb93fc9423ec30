// segment/paragraphs.ts findParagraphs: one paragraph a line, blank lines end one, and a hard-wrapped line (no closing
// punctuation, next line in lower case) continues it. Offsets are trimmed. Invented texts.
import { describe, expect, it } from 'vitest';
import { findParagraphs } from '../../../src/analysis/segment/paragraphs.js';

const paragraphs = (text: string): string[] => findParagraphs(text).map((p) => text.slice(p.start, p.end));

describe('segment/paragraphs', () => {
  it.each<[string, string[]]>([
    // every line is a paragraph, with or without blank lines between, whatever the line break
    ['The dam held.\nThe river fell.', ['The dam held.', 'The river fell.']],
    ['The dam held.\n\n\nThe river fell.', ['The dam held.', 'The river fell.']],
    ['The dam held.\r\nThe river fell.\rBoats went out.', ['The dam held.', 'The river fell.', 'Boats went out.']],
    // blanks around a line are trimmed off
    ['   The dam held.  \n\tThe river fell.', ['The dam held.', 'The river fell.']],
    // a hard-wrapped line: ends on a word or a comma, next starts in lower case
    ['The engineers said the dam\nwould hold until spring.', ['The engineers said the dam\nwould hold until spring.']],
    ['The dam, the bridge,\nand the weir held.', ['The dam, the bridge,\nand the weir held.']],
    // three lines wrapped into one
    ['The dam\nheld all\nnight.', ['The dam\nheld all\nnight.']],
  ])('joins or splits: %j', (text, expected) => {
    expect(paragraphs(text)).toEqual(expected);
  });

  it.each<[string, string[]]>([
    // a closing stop ends the paragraph even before a lower-case line
    ['The dam held.\nthen the river fell.', ['The dam held.', 'then the river fell.']],
    // an open line before a capital: two paragraphs (a headline, then the body)
    ['Dam holds after storm\nThe river fell overnight.', ['Dam holds after storm', 'The river fell overnight.']],
    // a blank line between always ends it
    ['The engineers said the dam\n\nwould hold.', ['The engineers said the dam', 'would hold.']],
    // empty and blank-only text has none
    ['', []],
    [' \n\n\t', []],
  ])('leaves apart: %j', (text, expected) => {
    expect(paragraphs(text)).toEqual(expected);
  });
});
