// A county written after its abbreviation is a place, not a company (mentions/classify-run.ts, lexicon/places.ts).
import { describe, expect, it } from 'vitest';
import { findMentions } from '../../../src/analysis/mentions/index.js';
import type { Cued } from '../../../src/analysis/state.js';

const state = (text: string): Cued => ({ doc: { id: 't', text }, paragraphs: [], sentences: [], quoteSpans: [], markup: [], speechWords: [], cues: [] });
const found = (text: string): string[] => findMentions(state(text)).mentions.map((m) => `${m.kind}:${m.text}`);

describe('mentions: "Co <county>"', () => {
  it.each([
    ['Dairy farmers in Brackley, Co Westmoor, have warned that prices will fall.', 'Co Westmoor'],
    ['Later farmers in Co. Dunmere said the rain was late.', 'Co. Dunmere'],
  ])('%s', (text, place) => {
    expect(found(text).some((m) => m.endsWith(`:${place}`))).toBe(false);
  });

  it.each([
    // after a name, "Co" is a company's suffix; with an organisation word after it, a firm named after its county
    ['Later Velmar Co said sales fell.', 'organization:Velmar Co'],
    ['Later Co Dunmere Farmers Union said no.', 'organization:Co Dunmere Farmers Union'],
  ])('leaves alone: %s', (text, expected) => {
    expect(found(text)).toContain(expected);
  });
});
