// Modifiers of a description's head that the word lists alone would not take (mentions/description-start.ts).
import { describe, expect, it } from 'vitest';
import { findMentions } from '../../src/analysis/mentions/index.js';
import type { Cued } from '../../src/analysis/state.js';

const state = (text: string): Cued => ({ doc: { id: 't', text }, paragraphs: [], sentences: [], quoteSpans: [], markup: [], speechWords: [], cues: [] });
const found = (text: string): string[] => findMentions(state(text)).mentions.map((m) => `${m.kind}:${m.text}`);

describe('mentions: a plural noun modifying the head', () => {
  it.each([
    ['Later the appeals court ruled against Brenner.', 'description:the appeals court'],
    ['Later a federal claims court said no.', 'description:a federal claims court'],
    ['On Monday the rights group said no.', 'description:the rights group'],
    ["Later the state's appeals court ruled.", "description:the state's appeals court"],
  ])('%s', (text, expected) => {
    expect(found(text)).toContain(expected);
  });

  it.each([
    // after a noun, a relative "that" or with nothing before it, the plural is a verb
    ['Later the ministry says officials lied.', ['description:the ministry', 'group:officials']],
    ['It is a rule that allows companies to pay less.', ['pronoun:It', 'group:companies']],
    ['Later Officials say court rules were broken.', ['group:Officials']],
  ])('leaves alone: %s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
