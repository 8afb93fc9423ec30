import { describe, expect, it } from 'vitest';
import { afterSourceAsides } from '../../../src/analysis/quotes/source-aside.js';

// the text from the first comma after the source; returns where the content starts
const contentAfter = (text: string, sourceIsName = true): string => {
  const from = text.indexOf(',') + 1;
  return text.slice(afterSourceAsides(text, from, text.length, sourceIsName)).trim();
};

describe('source asides: the content starts after what is said about the source', () => {
  it.each([
    ['According to Ines Feld, who spoke on condition of anonymity, the border will stay open.', 'the border will stay open.'],
    ['According to two officials, who asked not to be named because talks go on, a deal is near.', 'a deal is near.'],
    ['According to Feld, whose office runs the port, ships are waiting.', 'ships are waiting.'],
    ['According to an aide, speaking on condition of anonymity, the vote is close.', 'the vote is close.'],
    ['According to Ines Feld, a spokeswoman for the ministry, the border will stay open.', 'the border will stay open.'],
    ['According to Feld, the mayor of Tarn, the border will stay open.', 'the border will stay open.'],
    ['According to Feld, the finance minister, prices rose.', 'prices rose.'],
    ['According to Feld, 54, the border will stay open.', 'the border will stay open.'],
    ['According to Sen. Ann Roe, D-Ore., the bill is dead.', 'the bill is dead.'],
    ['According to Feld, 54, a retired nurse, the ward was full.', 'the ward was full.'],
  ])('%s', (text, expected) => {
    expect(contentAfter(text)).toBe(expected);
  });

  it.each<[string, boolean, string]>([
    // a content that opens with a noun phrase and goes on after a comma of its own
    ['According to Feld, the border, which closed in May, will reopen.', true, 'the border, which closed in May, will reopen.'],
    ['According to Feld, prices rose, and wages fell.', true, 'prices rose, and wages fell.'],
    // after a source that is no name, a description opens the content
    ['According to police, the driver, aged 40, fled the scene.', false, 'the driver, aged 40, fled the scene.'],
    // "which" may be about the content's subject as much as about the source
    ['According to the report, which the board saw, costs rose.', false, 'which the board saw, costs rose.'],
    // no comma after: nothing to skip
    ['According to Feld, the mayor will resign.', true, 'the mayor will resign.'],
  ])('leaves alone %s', (text, isName, expected) => {
    expect(contentAfter(text, isName)).toBe(expected);
  });

  it('stays linear on a long run of commas', () => {
    const text = `According to Feld,${' who,'.repeat(50_000)} x`;
    expect(afterSourceAsides(text, text.indexOf(',') + 1, text.length, true)).toBeLessThan(40);
  });
});
