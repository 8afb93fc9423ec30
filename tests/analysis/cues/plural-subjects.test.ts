import { describe, expect, it } from 'vitest';
import { verbCues } from '../verb-cues.js';

describe('cues: a plural noun of people or bodies before a noun-like bare form is its subject', () => {
  it.each([
    ['Business groups fear shortages if the strike drags on.', ['fear']],
    ['Some of the firms appear to have gained.', ['appear']],
    ['In Varn, tenants support the rent cap.', ['support']],
    ['Aid agencies doubt the figures.', ['doubt']],
    // 'others', the rest of a group, is a subject too
    ['Others claim the Tarn vote was rigged.', ['claim']],
    ['Some back the levy; others blame the Orvik board.', ['back', 'blame']],
  ])('%s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });

  it.each([
    // after a determiner the form is the noun; a noun that is no such plural leaves it a noun
    ['The groups’ fear of a strike grew.', []],
    ['The city plan was approved.', []],
    ["Others' claims about the Tarn vote were false.", []],
  ])('leaves alone: %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });
});
