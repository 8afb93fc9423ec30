// A stand-in for the analysis in the in-process CLI tests: the CLI's behaviour (formats,
// filters, exit codes, streams) is tested on records that do not depend on the rules other
// parts of attrib are still refining. It finds `"...," Name Name said.` and digit figures.
import type { CorpusEvent } from '../../src/corpus/index.js';
import type { RunEvent, RunOptions } from '../../src/run/analyze-corpus.js';
import type { Analysis, Document, Figure, Quote, Speaker } from '../../src/types.js';

const QUOTE = /"([^"\n]+?),?" ((?:\p{Lu}\p{Ll}+ ?)+) (said)/gu;
const FIGURE = /\d[\d,]*(?:\.\d+)?/g;

export function fakeAnalyze(doc: Document): Analysis {
  const quotes: Quote[] = [];
  for (const m of doc.text.matchAll(QUOTE)) {
    const start = (m.index ?? 0) + 1;
    const inner = m[1] ?? '';
    const name = (m[2] ?? '').trim();
    const nameStart = doc.text.indexOf(name, start + inner.length);
    const cueStart = doc.text.indexOf('said', nameStart + name.length);
    quotes.push({
      doc: doc.id, type: 'direct', text: inner, start, end: start + inner.length, quoted: [],
      speaker: name, speakerKind: 'person', speakerMention: { text: name, start: nameStart, end: nameStart + name.length },
      role: null, cue: { text: 'said', start: cueStart, end: cueStart + 4 }, rule: 'fake-quote', speakerRule: 'fake-speaker',
    });
  }
  const figures: Figure[] = [];
  for (const m of doc.text.matchAll(FIGURE)) {
    const start = m.index ?? 0;
    const after = doc.text.slice(start + m[0].length).match(/^ (\p{L}+ \p{L}+)/u);
    figures.push({
      doc: doc.id, text: m[0], start, end: start + m[0].length, value: Number(m[0].replace(/,/g, '')), kind: /^(19|20)\d\d$/.test(m[0]) ? 'year' : 'count',
      unit: null, qualifier: 'exact', subject: after?.[1] ?? null, source: null, sourceKind: 'unattributed',
      sourceMention: null, hedge: null, rule: 'fake-figure',
    });
  }
  const speakers = new Map<string, Speaker>();
  for (const q of quotes) {
    const s = speakers.get(q.speaker ?? '') ?? { name: q.speaker ?? '', kind: 'person', roles: [], aliases: [], quotes: 0, figures: 0, docs: [doc.id] };
    s.quotes++;
    speakers.set(s.name, s);
  }
  return { doc, quotes, figures, speakers: [...speakers.values()] };
}

export async function* fakeAnalyzeCorpus(events: AsyncIterable<CorpusEvent>, opts: RunOptions = {}): AsyncGenerator<RunEvent> {
  let done = 0;
  let bytes = 0;
  for await (const ev of events) {
    if (ev.type !== 'doc') {
      yield ev;
      continue;
    }
    bytes += Buffer.byteLength(ev.doc.text);
    opts.onProgress?.(++done, bytes);
    yield { type: 'analysis', analysis: fakeAnalyze(ev.doc) };
  }
}
