// What must hold of any analysis, whatever the text: offsets slice back to their text, values
// are finite or null, fields keep to their documented values, the speaker summary agrees with
// the records. Returns the problems found (none: []), so a
// failing property prints every broken record at once.
import type { Analysis, Document, Span } from '../../src/types.js';

function checkSpan(doc: Document, where: string, span: Span | null | undefined, out: string[]): void {
  if (span === null || span === undefined) return;
  const { start, end, text } = span;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > doc.text.length) {
    out.push(`${where}: bad offsets [${start}, ${end}) in a text of ${doc.text.length}`);
  } else if (doc.text.slice(start, end) !== text) {
    out.push(`${where}: text ${JSON.stringify(text)} != slice ${JSON.stringify(doc.text.slice(start, end))}`);
  }
}

const SPEAKER_KINDS: string[] = ['person', 'organization', 'group', 'unknown'];
const FIGURE_KINDS: string[] = ['count', 'money', 'percent', 'measure', 'date', 'year', 'ordinal', 'other'];
const QUALIFIERS: string[] = ['exact', 'about', 'more-than', 'at-least', 'less-than', 'at-most', 'up', 'down'];

const finiteOrNull = (v: unknown): boolean => v === null || (typeof v === 'number' && Number.isFinite(v));
const count = (v: unknown): boolean => typeof v === 'number' && Number.isInteger(v) && v >= 0;

export function problems(doc: Document, a: Analysis): string[] {
  const out: string[] = [];
  if (a.doc !== doc && a.doc.text !== doc.text) out.push('analysis.doc is not the document');
  a.quotes.forEach((q, i) => {
    const w = `quote ${i}`;
    if (q.doc !== doc.id) out.push(`${w}: doc ${q.doc}`);
    if (!['direct', 'partial', 'indirect'].includes(q.type)) out.push(`${w}: type ${q.type}`);
    checkSpan(doc, w, q, out);
    q.quoted.forEach((s, j) => {
      checkSpan(doc, `${w} quoted ${j}`, s, out);
      // verbatim fragments are part of the reported content
      if (s.start < q.start || s.end > q.end) out.push(`${w} quoted ${j}: [${s.start}, ${s.end}) outside [${q.start}, ${q.end})`);
    });
    if (!SPEAKER_KINDS.includes(q.speakerKind)) out.push(`${w}: speakerKind ${q.speakerKind}`);
    checkSpan(doc, `${w} cue`, q.cue, out);
    checkSpan(doc, `${w} speakerMention`, q.speakerMention, out);
    if (q.speaker !== null && typeof q.speaker !== 'string') out.push(`${w}: speaker ${String(q.speaker)}`);
  });
  a.figures.forEach((f, i) => {
    const w = `figure ${i}`;
    if (f.doc !== doc.id) out.push(`${w}: doc ${f.doc}`);
    checkSpan(doc, w, f, out);
    checkSpan(doc, `${w} sourceMention`, f.sourceMention, out);
    if (!finiteOrNull(f.value)) out.push(`${w}: value ${f.value}`);
    if (f.low !== undefined && !finiteOrNull(f.low)) out.push(`${w}: low ${f.low}`);
    if (f.high !== undefined && !finiteOrNull(f.high)) out.push(`${w}: high ${f.high}`);
    if (typeof f.low === 'number' && typeof f.high === 'number' && f.low > f.high) out.push(`${w}: low ${f.low} > high ${f.high}`);
    if (!FIGURE_KINDS.includes(f.kind)) out.push(`${w}: kind ${f.kind}`);
    if (!QUALIFIERS.includes(f.qualifier)) out.push(`${w}: qualifier ${f.qualifier}`);
    if (![...SPEAKER_KINDS, 'unattributed', 'publication'].includes(f.sourceKind)) out.push(`${w}: sourceKind ${f.sourceKind}`);
  });
  a.speakers.forEach((s, i) => {
    const w = `speaker ${i}`;
    if (typeof s.name !== 'string' || s.name === '') out.push(`${w}: name ${JSON.stringify(s.name)}`);
    if (!count(s.quotes) || !count(s.figures)) out.push(`${w}: counts ${s.quotes}/${s.figures}`);
  });
  // The speaker summary agrees with the records it summarises.
  const names = a.speakers.map((s) => s.name);
  if (new Set(names).size !== names.length) out.push(`speaker names repeat: ${JSON.stringify(names)}`);
  const quoted = a.quotes.filter((q) => q.speaker !== null).length;
  const counted = a.speakers.reduce((n, s) => n + s.quotes, 0);
  if (quoted !== counted) out.push(`${quoted} quotes have a speaker, the speakers count ${counted}`);
  for (const q of a.quotes) if (q.speaker !== null && !names.includes(q.speaker)) out.push(`speaker ${JSON.stringify(q.speaker)} not summarised`);
  // Every record must survive JSON unchanged (a NaN would silently become null).
  const json = JSON.stringify({ q: a.quotes, f: a.figures, s: a.speakers });
  if (JSON.stringify(JSON.parse(json)) !== json) out.push('records do not survive JSON');
  return out;
}
