// A bare role noun opening a headline is a description (mentions/headline-role.ts): "Premier rules out new levy".
// Invented texts.
import { describe, expect, it } from 'vitest';
import { findMentions } from '../../../src/analysis/mentions/index.js';
import { state } from './mentions-of.js';

describe('mentions: a bare role noun opening a headline', () => {
  const foundWith = (text: string, cues: string[]): string[] => findMentions(state(text, cues)).mentions.map((m) => `${m.kind}:${m.text}`);
  it.each([
    // a headline drops its articles: the role noun before its verb (or its cue) is a description
    ['Governor says ferry will run\n\nGov. Ada Quist said on Monday the ferry would run.', [], 'description:Governor'],
    ['Premier rules out new levy\n\nPremier Ada Quist said no.', ['rules out'], 'description:Premier'],
    // the role noun after the words of its description, from the text's first word
    ['Former Navy chief says fleet is too small\n\nAdm. Ivo Berg spoke.', [], 'description:Former Navy chief'],
    ['Velm Bank chief economist warns of rate rise\n\nIda Holm spoke.', ['warns'], 'description:Velm Bank chief economist'],
  ])('%s', (text, cues, expected) => {
    expect(foundWith(text, cues)[0]).toBe(expected);
  });

  it.each([
    // not in a sentence that ends with a full stop, not past the text's first word, not before a noun
    ['Governor says ferry will run.', []],
    ['Later Governor says ferry will run\n\nShe agreed.', []],
    ['Premier rules out new levy\n\nPremier Ada Quist said no.', []],
    ['Former Navy chief says fleet is too small.', []],
    ['Reporters asked why Former Navy chief says no\n\nShe agreed.', []],
  ])('leaves alone: %s', (text, cues) => {
    expect(foundWith(text, cues).filter((m) => m.startsWith('description:'))).toEqual([]);
  });
});
