// Shared by the mention tests: the stage's input for a text (with cue words placed where they first occur), and the
// mentions it finds, as "kind:text", or the role of one of them.
import { findMentions } from '../../../src/analysis/mentions/index.js';
import type { Cued } from '../../../src/analysis/state.js';

export const state = (text: string, cueWords: string[] = []): Cued => {
  const cues = cueWords.map((w) => ({ text: w, start: text.indexOf(w), end: text.indexOf(w) + w.length, lemma: w, kind: 'verb' as const }));
  return { doc: { id: 't', text }, paragraphs: [], sentences: [], quoteSpans: [], markup: [], speechWords: [], cues };
};
export const found = (text: string): string[] => findMentions(state(text)).mentions.map((m) => `${m.kind}:${m.text}`);
export const roleOf = (text: string, mention: string): string | null | undefined =>
  findMentions(state(text)).mentions.find((m) => m.text === mention)?.role;
