// render/views.ts: what each record kind shows in a table (an interrupted direct quote's fragments joined, an
// unresolved speaker's words in parentheses, a figure's range, an unsourced figure's kind of source) and in the flat
// formats (spans flattened to text, start, end).
import { describe, expect, it } from 'vitest';
import { disagreeView, figureView, quoteView, speakerView } from '../../src/render/views.js';
import type { Column } from '../../src/render/types.js';
import { figure, quote, speaker } from '../fixtures/records.js';
import { collect, renderQuotes, tableColumn } from './helpers.js';
import { createSink } from '../../src/render/index.js';

const cell = <R>(columns: Column<R>[], header: string, r: R): unknown => columns.find((c) => c.header === header)?.value(r);
const span = (text: string, start: number) => ({ text, start, end: start + text.length });

describe('render/views: quote table', () => {
  it.each<[string, Parameters<typeof quote>[0], string, unknown]>([
    ['an interrupted direct quote shows its fragments', { quoted: [span('We won', 1), span('and we will win again', 22)] }, 'text', 'We won … and we will win again'],
    ['one fragment: the text', { quoted: [span('We will build it', 1)] }, 'text', 'We will build it'],
    ['an indirect quote with fragments: the text', { type: 'indirect', quoted: [span('a', 0), span('b', 5)] }, 'text', 'We will build it'],
    ['a resolved speaker', {}, 'speaker', 'Jane Doe'],
    ['an unresolved speaker: its words in parentheses', { speaker: null, speakerMention: span('the ferryman', 20) }, 'speaker', '(the ferryman)'],
    ['no speaker at all', { speaker: null, speakerMention: null }, 'speaker', null],
    ['no cue', { cue: null }, 'cue', undefined],
  ])('%s', (_name, over, header, expected) => {
    expect(cell(quoteView.table, header, quote(over))).toEqual(expected);
  });
});

describe('render/views: quote flat columns', () => {
  it.each<[string, Parameters<typeof quote>[0], string, unknown]>([
    ['fragments joined by a bar', { quoted: [span('A', 1), span('B', 9)] }, 'quoted', 'A | B'],
    ['speaker mention start', {}, 'speakerMentionStart', 20],
    ['cue end', {}, 'cueEnd', 33],
    ['no speaker mention: empty', { speakerMention: null }, 'speakerMention', undefined],
  ])('%s', (_name, over, header, expected) => {
    expect(cell(quoteView.flat, header, quote(over))).toEqual(expected);
  });
});

describe('render/views: figures and speakers', () => {
  it.each<[string, () => unknown, unknown]>([
    ['a value with separators', () => cell(figureView.table, 'value', figure({ value: 1234567.5 })), '1,234,567.5'],
    ['a range', () => cell(figureView.table, 'value', figure({ value: 10, low: 10, high: 20 })), '10–20'],
    ['no value: empty', () => cell(figureView.table, 'value', figure({ value: null })), ''],
    ['no source: its kind in parentheses', () => cell(figureView.table, 'source', figure()), '(unattributed)'],
    ['a source by name', () => cell(figureView.table, 'source', figure({ source: 'Port Authority' })), 'Port Authority'],
    ['speaker roles joined', () => cell(speakerView.table, 'roles', speaker({ roles: ['mayor', 'pilot'] })), 'mayor; pilot'],
    ['speaker docs: a count in the table', () => cell(speakerView.table, 'docs', speaker({ docs: ['a', 'b'] })), 2],
    ['speaker docs: the names in the flat form', () => cell(speakerView.flat, 'docs', speaker({ docs: ['a', 'b'] })), 'a; b'],
  ])('%s', (_name, get, expected) => {
    expect(get()).toEqual(expected);
  });

  it('the disagree view leads with the group and drops the subject from the table', () => {
    expect(disagreeView.table.map((c) => c.header)).toEqual(['group', ...figureView.table.map((c) => c.header).filter((h) => h !== 'subject')]);
    expect(disagreeView.flat[0]?.header).toBe('group');
  });
});

describe('render/views: the table through createSink', () => {
  it.each([
    ['quotes', quoteView, quote(), ['speaker', 'Jane Doe', 'We will build it']],
    ['figures', figureView, figure({ value: 10000 }), ['value', '10,000', '(unattributed)']],
    ['speakers', speakerView, speaker(), ['roles', 'mayor', 'Jane Doe']],
  ] as const)('%s show their main fields', (_name, view, record, expected) => {
    const target = collect({ width: 200 });
    const sink = createSink<never>('table', view as never, target);
    sink.write(record as never);
    sink.end();
    for (const e of expected) expect(target.out()).toContain(e);
  });

  // "A," she said. "B": the table shows the quoted words; flat formats keep the exact span.
  const interrupted = { text: 'We lost," she said. "We will win', quoted: [{ text: 'We lost,', start: 1, end: 9 }, { text: 'We will win', start: 21, end: 32 }] };
  it.each([
    ['direct', 'We lost, … We will win'],
    ['partial', 'We lost," she said. "We will win'],
  ] as const)('a %s quote of two fragments shows in a table as %j', (type, shown) => {
    const q = quote({ ...interrupted, type });
    expect(tableColumn(renderQuotes('table', [q], { width: 200 }), 'text').at(-1)).toBe(shown);
    expect(renderQuotes('tsv', [q])).toContain(interrupted.text);
  });

  it('an unresolved speaker shows its mention in parentheses', () => {
    const out = renderQuotes('table', [quote({ speaker: null, speakerMention: { text: 'the mayor', start: 0, end: 9 } })], { width: 200 });
    expect(out).toContain('(the mayor)');
  });
});
