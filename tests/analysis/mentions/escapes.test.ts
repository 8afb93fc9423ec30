// Terminal escape sequences in a document (src/analysis/mentions/escapes.ts): their length from where they open, and
// whether a position lies inside one. Texts are invented.
import { describe, expect, it } from 'vitest';
import { escapeLength, insideEscape } from '../../../src/analysis/mentions/escapes.js';
import { state } from './mentions-of.js';
import { findMentions } from '../../../src/analysis/mentions/index.js';

describe('escapeLength', () => {
  it.each<[string, string, number]>([
    // a CSI sequence: parameters, then the final byte
    ['clear screen', 'A\x1b[2JB', 4],
    ['colour', '\x1b[1;31mRed', 7],
    // an OSC title up to BEL, and up to ST
    ['OSC with BEL', '\x1b]0;Window Title\x07Text', 17],
    ['OSC with ST', '\x1b]2;Ivo Berg\x1b\\Text', 14],
    // a lone ESC is one character
    ['lone escape', '\x1bHello', 1],
    // the one-byte CSI
    ['C1 CSI', '\x9b2JText', 3],
  ])('%s', (_, text, n) => expect(escapeLength(text, text.search(/[\x1b\x9b\x9d]/))).toBe(n));

  it.each<[string, string, number]>([
    ['plain text', 'Ada Roe said', 0],
    ['a bracket without ESC', '[2J', 0],
  ])('%s: none', (_, text, at) => expect(escapeLength(text, at)).toBe(0));
});

describe('insideEscape', () => {
  const text = 'Start \x1b]0;Ivo Berg\x07 Ada Roe said.';
  it.each<[string, boolean]>([
    // the title's payload is no document text
    ['Ivo', true],
    ['Berg', true],
    // text after the sequence and before it
    ['Ada', false],
    ['Start', false],
  ])('%s -> %s', (word, want) => expect(insideEscape(text, text.indexOf(word))).toBe(want));
});

describe('mentions: terminal escapes are no text', () => {
  it.each([
    ['osc title, 7-bit', 'Hello \x1b]0;Mara Quill\x07 and more.'],
    ['osc title, C1', 'Hello \x9d0;Mara Quill\x9c and more.'],
    ['osc hyperlink target', 'See \x1b]8;;http://x.test/Mara Quill\x1b\\here\x1b]8;;\x1b\\ now.'],
  ])('%s', (_name, text) => {
    expect(findMentions(state(text)).mentions.map((m) => m.text)).not.toContain('Mara Quill');
  });

  it('keeps a name in coloured text', () => {
    expect(findMentions(state('\x1b[1mMara Quill\x1b[0m spoke.')).mentions.map((m) => m.text)).toContain('Mara Quill');
  });
});
