// Shared by the sources tests: hand-built states, since the stages before findFigures are other people's work, so
// these tests give the sources stage exactly the mentions and quotes it would receive.
import { expect } from 'vitest';
import type { Entity, Mention, MentionKind, Quote, QuoteType, Sentence, SpeakerKind } from '../../../src/types.js';
import type { Attributed } from '../../../src/analysis/state.js';
import { findFigures } from '../../../src/analysis/figures/index.js';
import { sourceFigures } from '../../../src/analysis/sources/index.js';

export interface Setup {
  mentions?: [text: string, kind: MentionKind, entity: string | null, entityKind?: SpeakerKind][];
  quotes?: [content: string, speakerMention: string | null, speaker: string | null, kind?: SpeakerKind, type?: QuoteType, quoted?: string[], cue?: string][];
  cues?: string[];
}

export function state(text: string, setup: Setup = {}): Attributed {
  const sentences: Sentence[] = [];
  const re = /[^.!?\n]+(?:[.!?]+|$)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) if (m[0].trim()) sentences.push({ start: m.index, end: m.index + m[0].length, paragraph: 0 });
  const entities: Entity[] = [];
  const mentions: Mention[] = (setup.mentions ?? []).map(([t, kind, name, ek]) => {
    const start = text.indexOf(t);
    let entity: number | null = null;
    if (name) {
      entity = entities.findIndex((e) => e.name === name);
      if (entity < 0) { entities.push({ name, kind: ek ?? 'person', roles: [], aliases: [], gender: null }); entity = entities.length - 1; }
    }
    return { text: t, start, end: start + t.length, kind, entity, role: null, gender: null };
  }).sort((a, b) => a.start - b.start);
  const quotes: Quote[] = (setup.quotes ?? []).map(([content, sm, speaker, kind, type, quoted, cueText]) => {
    const start = text.indexOf(content);
    const ms = sm ? text.indexOf(sm) : -1;
    const cs = cueText ? text.indexOf(cueText) : -1;
    return {
      doc: 'd', type: type ?? 'indirect', text: content, start, end: start + content.length, speaker,
      quoted: (quoted ?? []).map((t) => { const at = text.indexOf(t); return { text: t, start: at, end: at + t.length }; }), speakerKind: kind ?? (speaker ? 'person' : 'unknown'),
      speakerMention: sm ? { text: sm, start: ms, end: ms + sm.length } : null, role: null, cue: cueText ? { text: cueText, start: cs, end: cs + cueText.length } : null, rule: 'test', speakerRule: null,
    };
  });
  const cues = (setup.cues ?? []).map((c) => {
    const start = text.indexOf(c);
    return { text: c, start, end: start + c.length, lemma: c, kind: 'verb' as const };
  });
  return { doc: { id: 'd', text }, paragraphs: [{ start: 0, end: text.length }], sentences, quoteSpans: [], markup: [], speechWords: [], cues, mentions, entities, quotes };
}

export function sourced(text: string, setup?: Setup) {
  return sourceFigures(findFigures(state(text, setup))).figures.map((f) => ({ text: f.text, source: f.source, kind: f.sourceKind, mention: f.sourceMention?.text ?? null, hedge: f.hedge }));
}

export type Want = { source: string | null; kind: string; mention?: string | null };

/** The last figure in digits (the one each row is about; an earlier one may describe the source) has `want`'s source. */
export function expectSource(text: string, setup: Setup, want: Want): void {
  const f = sourced(text, setup).filter((x) => /\d/.test(x.text)).pop()!;
  expect(f.source).toBe(want.source);
  expect(f.kind).toBe(want.kind);
  if (want.mention !== undefined) expect(f.mention).toBe(want.mention);
}

// A direct quote after a colon lead-in with no speaker named, as the quote stage hands it over
export function colonLed(text: string, content: string, mentions: Setup['mentions'] = []) {
  const st = state(text, { mentions, quotes: [[content, null, null, 'unknown', 'direct']] });
  const colon = text.lastIndexOf(':', text.indexOf(content));
  const quotes = st.quotes.map((q) => ({ ...q, rule: 'colon-lead-in', cue: { text: ':', start: colon, end: colon + 1 } }));
  return sourceFigures(findFigures({ ...st, quotes })).figures.filter((f) => /\d/.test(f.text)).map((f) => ({ text: f.text, source: f.source, kind: f.sourceKind }));
}
