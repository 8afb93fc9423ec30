import { describe, expect, it } from 'vitest';
import { charWidth, displayWidth, keepEnd, wrapText } from '../../src/render/wrap.js';
import { renderQuotes, tableColumn } from './helpers.js';
import { quote } from '../fixtures/records.js';

describe('displayWidth', () => {
  it.each([
    ['abc', 3],
    ['café', 4],
    ['e\u0301', 1],
    ['中文', 4],
    ['한국', 4],
    ['ｆｕｌｌ', 8],
    ['😀', 2],
    ['a\u200bb', 2],
    ['“quoted”', 8],
  ])('%j is %i columns', (s, w) => {
    expect(displayWidth(s)).toBe(w);
  });

  it.each([[0x07, 0], [0x41, 1], [0x4e00, 2], [0xd800, 1]])('charWidth(%i) = %i', (cp, w) => {
    expect(charWidth(cp)).toBe(w);
  });
});

describe('wrapText', () => {
  it.each([
    ['fits', 'a b c', 10, ['a b c']],
    ['breaks at spaces', 'the quick brown fox', 10, ['the quick', 'brown fox']],
    ['a space at a break disappears', 'aaaa bbbb', 4, ['aaaa', 'bbbb']],
    ['inner runs of spaces are kept', 'a   b', 10, ['a   b']],
    ['a word longer than a line is cut', 'abcdefghij', 4, ['abcd', 'efgh', 'ij']],
    ['wide characters count double', '中文中文中', 4, ['中文', '中文', '中']],
    ['a wide character never straddles', 'a中文', 4, ['a中', '文']],
    ['empty text is one empty line', '', 5, ['']],
    ['a pair stays whole', '😀😀😀', 4, ['😀😀', '😀']],
  ])('%s', (_name, text, width, lines) => {
    expect(wrapText(text, width)).toEqual(lines);
  });

  it('is linear on a long unbreakable run', () => {
    const lines = wrapText('x'.repeat(200_000), 50);
    expect(lines).toHaveLength(4000);
  });
});

describe('keepEnd', () => {
  it.each([
    ['short enough', 'a.txt', 10, 'a.txt'],
    ['cut at the start', 'news/2024/story.txt', 10, '…story.txt'],
    ['wide characters counted', 'dir/中文中文.txt', 9, '…中文.txt'],
  ])('%s', (_name, s, width, expected) => {
    expect(keepEnd(s, width)).toBe(expected);
  });
});

describe('the quote table through createSink: wrapped within the width', () => {
  it.each([
    ['wide characters', '一二三四五六七八九十'.repeat(30)],
    ['an unbreakable run', 'x'.repeat(500)],
    ['lone surrogates', '\ud800\udc00\ud800'.repeat(100)],
    ['combining marks', 'e\u0301'.repeat(300)],
  ])('%s: nothing lost, every line within the width', (_name, text) => {
    const out = renderQuotes('table', [quote({ text, speaker: 'A', role: null, cue: null })], { width: 60 });
    expect(tableColumn(out, 'text')[0]?.replace(/ /g, '')).toBe(text.replace(/ /g, ''));
    for (const l of out.trimEnd().split('\n')) expect(displayWidth(l)).toBeLessThanOrEqual(60);
  });
});
