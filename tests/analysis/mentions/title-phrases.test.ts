// A title's "for" phrase (mentions/runs.ts, classify-run.ts) and a bare role noun that modifies the noun after it
// (mentions/descriptions.ts).
import { describe, expect, it } from 'vitest';
import { findMentions } from '../../../src/analysis/mentions/index.js';
import type { Cued } from '../../../src/analysis/state.js';

const state = (text: string, cueWords: string[] = []): Cued => {
  const cues = cueWords.map((w) => ({ text: w, start: text.indexOf(w), end: text.indexOf(w) + w.length, lemma: w, kind: 'verb' as const }));
  return { doc: { id: 't', text }, paragraphs: [], sentences: [], quoteSpans: [], markup: [], speechWords: [], cues };
};
const mentions = (text: string, cueWords: string[] = []): string[] =>
  findMentions(state(text, cueWords)).mentions.map((m) => `${m.kind}:${m.text}:${m.role ?? ''}`);

describe("mentions: a title's 'for' phrase", () => {
  it.each([
    ['The bill passed, said Deputy Minister for Public Transport Lim Kai Wen.', 'title-name:Deputy Minister for Public Transport Lim Kai Wen:deputy minister for public transport'],
    ['Later Minister for Health Ana Roe said no.', 'title-name:Minister for Health Ana Roe:minister for health'],
  ])('%s', (text, expected) => {
    expect(mentions(text)).toContain(expected);
  });

  it.each([
    // a first name after "for" is someone else; ordinary words alone after it are the domain, no name
    ["Ann Lee, the Policy Director for Hilda Roe's campaign, said no.", 'Hilda'],
    ['Later the Minister for Housing, Ciaran Moe, said no.', 'Housing'],
  ])('leaves alone: %s', (text, notAName) => {
    expect(mentions(text).some((m) => m.startsWith(`title-name:${notAName}`) || m.startsWith(`name:${notAName}`) || m.includes(`for ${notAName}`))).toBe(false);
  });
});

describe("mentions: a title's 'of' phrase with no name after it", () => {
  it.each([
    // a position, no person named "Transport" or "Health"
    ['Ivo Dahl asked Ada Lund to serve as Secretary of Transport, then said he was pleased.', 'Transport'],
    ['She was named Minister of Health in May.', 'Health'],
  ])('%s', (text, notAName) => {
    expect(mentions(text).some((m) => m.startsWith('title-name:') && m.includes(`of ${notAName}:`))).toBe(false);
  });

  it.each([
    ['Later Minister of Health Ana Roe said no.', 'title-name:Minister of Health Ana Roe:minister of health'],
  ])('leaves alone: %s', (text, expected) => {
    expect(mentions(text)).toContain(expected);
  });
});

describe('mentions: a bare role noun before the noun it modifies', () => {
  it.each([
    ['Prices rose 4 per cent, official figures show.', 'description:official:official'],
    ['Rents are up, official data showed.', 'description:official:official'],
  ])('%s', (text, absent) => {
    expect(mentions(text)).not.toContain(absent);
  });

  it.each([
    // an apposition: a cue or a function word after the role noun
    ['Jane Roe, spokeswoman, said no.', ['said'], 'description:spokeswoman:spokeswoman'],
    ['Ann Lee, lawyer for the family, said no.', ['said'], 'description:lawyer:lawyer'],
  ])('leaves alone: %s', (text, cues, expected) => {
    expect(mentions(text, cues)).toContain(expected);
  });
});
