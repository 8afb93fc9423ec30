// Shared by the speakers tests that run the whole stage on an invented text: resolve() runs mentions and speakers
// (cues given as words, quotes as spans); who() reads the canonical name one mention resolves to.
import { findMentions } from '../../../src/analysis/mentions/index.js';
import { resolveSpeakers } from '../../../src/analysis/speakers/index.js';
import type { Cue } from '../../../src/types.js';
import type { Resolved } from '../../../src/analysis/state.js';

export function resolve(text: string, cueWords: string[] = [], quotes: [number, number][] = []): Resolved {
  const cues: Cue[] = [];
  for (const w of cueWords) {
    for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) cues.push({ text: w, start: at, end: at + w.length, lemma: w, kind: 'verb' });
  }
  cues.sort((a, b) => a.start - b.start);
  const quoteSpans = quotes.map(([open, close]) => ({
    open, close, inner: { text: text.slice(open + 1, close - 1), start: open + 1, end: close - 1 }, depth: 0, role: 'speech' as const,
  }));
  return resolveSpeakers(findMentions({ doc: { id: 't', text }, paragraphs: [], sentences: [], quoteSpans, markup: [], speechWords: [], cues }));
}

/** The canonical name each occurrence of `mention` (its n-th occurrence, default the last) resolves to. */
export function who(text: string, mention: string, nth = -1, cues: string[] = []): string | null {
  const s = resolve(text, cues);
  const all = s.mentions.filter((m) => m.text === mention);
  const m = nth < 0 ? all[all.length + nth] : all[nth];
  if (!m) throw new Error(`no mention "${mention}" in: ${s.mentions.map((x) => x.text).join(' | ')}`);
  return m.entity === null ? null : s.entities[m.entity]!.name;
}
