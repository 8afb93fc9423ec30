// The columns each record kind is shown with. Tables keep what a person reads first; TSV
// and CSV carry every scalar field (spans flattened to text, start, end); JSON is lossless.
import type { Figure, Quote, Span, Speaker } from '../types.js';
import type { Column, View } from './types.js';

// Built on first use: creating an Intl formatter costs tens of milliseconds at start-up,
// which only a table (a person reading) needs.
let fmt: Intl.NumberFormat | undefined;
const num = (n: number | null | undefined): string =>
  n === null || n === undefined ? '' : (fmt ??= new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 })).format(n);

function spanColumns<R>(name: string, get: (r: R) => Span | null): Column<R>[] {
  return [
    { header: name, value: (r) => get(r)?.text },
    { header: `${name}Start`, value: (r) => get(r)?.start },
    { header: `${name}End`, value: (r) => get(r)?.end },
  ];
}

// A direct quote interrupted by its attribution ("A," she said. "B") spans the frame too; a reader of
// the table wants the quoted words, so its fragments are shown joined by an ellipsis. The flat and
// JSON formats keep the exact span and the fragments with their offsets.
const tableText = (q: Quote): string =>
  q.type === 'direct' && q.quoted.length > 1 ? q.quoted.map((s) => s.text).join(' … ') : q.text;

export const quoteView: View<Quote> = {
  table: [
    { header: 'doc', value: (q) => q.doc, keepEnd: true },
    { header: 'type', value: (q) => q.type },
    // An unresolved speaker still shows the words that name it, in parentheses.
    { header: 'speaker', value: (q) => q.speaker ?? (q.speakerMention ? `(${q.speakerMention.text})` : null) },
    { header: 'role', value: (q) => q.role },
    { header: 'cue', value: (q) => q.cue?.text },
    { header: 'text', value: tableText, wide: true },
  ],
  explain: [
    { header: 'rule', value: (q) => q.rule },
    { header: 'speakerRule', value: (q) => q.speakerRule },
  ],
  flat: [
    { header: 'doc', value: (q) => q.doc },
    { header: 'type', value: (q) => q.type },
    { header: 'start', value: (q) => q.start },
    { header: 'end', value: (q) => q.end },
    { header: 'text', value: (q) => q.text },
    // Fragments joined for one cell; JSON keeps them as spans with offsets.
    { header: 'quoted', value: (q) => q.quoted.map((s) => s.text).join(' | ') },
    { header: 'speaker', value: (q) => q.speaker },
    { header: 'speakerKind', value: (q) => q.speakerKind },
    ...spanColumns<Quote>('speakerMention', (q) => q.speakerMention),
    { header: 'role', value: (q) => q.role },
    ...spanColumns<Quote>('cue', (q) => q.cue),
    { header: 'rule', value: (q) => q.rule },
    { header: 'speakerRule', value: (q) => q.speakerRule },
  ],
};

export const figureView: View<Figure> = {
  table: [
    { header: 'doc', value: (f) => f.doc, keepEnd: true },
    { header: 'text', value: (f) => f.text },
    { header: 'value', value: (f) => (f.low !== undefined && f.high !== undefined ? `${num(f.low)}–${num(f.high)}` : num(f.value)) },
    { header: 'kind', value: (f) => f.kind },
    { header: 'qualifier', value: (f) => f.qualifier },
    { header: 'subject', value: (f) => f.subject },
    { header: 'source', value: (f) => f.source ?? `(${f.sourceKind})` },
    { header: 'hedge', value: (f) => f.hedge },
  ],
  explain: [{ header: 'rule', value: (f) => f.rule }],
  flat: [
    { header: 'doc', value: (f) => f.doc },
    { header: 'start', value: (f) => f.start },
    { header: 'end', value: (f) => f.end },
    { header: 'text', value: (f) => f.text },
    { header: 'value', value: (f) => f.value },
    { header: 'low', value: (f) => f.low },
    { header: 'high', value: (f) => f.high },
    { header: 'kind', value: (f) => f.kind },
    { header: 'unit', value: (f) => f.unit },
    { header: 'qualifier', value: (f) => f.qualifier },
    { header: 'subject', value: (f) => f.subject },
    { header: 'source', value: (f) => f.source },
    { header: 'sourceKind', value: (f) => f.sourceKind },
    ...spanColumns<Figure>('sourceMention', (f) => f.sourceMention),
    { header: 'hedge', value: (f) => f.hedge },
    { header: 'rule', value: (f) => f.rule },
  ],
};

export const speakerView: View<Speaker> = {
  table: [
    { header: 'name', value: (s) => s.name },
    { header: 'kind', value: (s) => s.kind },
    { header: 'roles', value: (s) => s.roles.join('; '), wide: true },
    { header: 'aliases', value: (s) => s.aliases.join('; '), wide: true },
    { header: 'quotes', value: (s) => s.quotes },
    { header: 'figures', value: (s) => s.figures },
    { header: 'docs', value: (s) => s.docs.length },
  ],
  flat: [
    { header: 'name', value: (s) => s.name },
    { header: 'kind', value: (s) => s.kind },
    { header: 'roles', value: (s) => s.roles.join('; ') },
    { header: 'aliases', value: (s) => s.aliases.join('; ') },
    { header: 'quotes', value: (s) => s.quotes },
    { header: 'figures', value: (s) => s.figures },
    { header: 'docs', value: (s) => s.docs.join('; ') },
  ],
};

/** A figure shown in the "figures that disagree" view, with the subject that groups it. */
export type GroupedFigure = Figure & { group: string };

export const disagreeView: View<GroupedFigure> = {
  table: [{ header: 'group', value: (f) => f.group }, ...figureView.table.filter((c) => c.header !== 'subject')],
  explain: figureView.explain ?? [],
  flat: [{ header: 'group', value: (f) => f.group }, ...figureView.flat],
};
