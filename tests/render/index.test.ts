// render/index.ts createSink: the format picks the sink and the view's columns (table: the table columns, plus the
// explain ones with --explain; TSV and CSV: the flat ones; JSON: the view's json form, else the record).
import { describe, expect, it } from 'vitest';
import { createSink, type Format, type View } from '../../src/render/index.js';
import { collect, parseTsv, renderQuotes, tableColumn } from './helpers.js';
import { quoteView } from '../../src/render/views.js';
import { quote } from '../fixtures/records.js';

type Row = { id: string; why: string };
const view: View<Row> = {
  table: [{ header: 'id', value: (r) => r.id }],
  explain: [{ header: 'why', value: (r) => r.why }],
  flat: [{ header: 'id', value: (r) => r.id }, { header: 'why', value: (r) => r.why }],
};

const render = (format: Format, explain = false, v: View<Row> = view): string => {
  const target = collect({ width: 80 });
  const sink = createSink(format, v, target, explain);
  sink.write({ id: 'r1', why: 'rule-a' });
  sink.end();
  return target.out();
};

describe('render/index: createSink', () => {
  it.each<[string, () => string, string]>([
    ['table shows the table columns', () => render('table'), 'r1'],
    ['tsv holds the flat columns', () => render('tsv'), 'id\twhy\nr1\trule-a\n'],
    ['csv holds the flat columns', () => render('csv'), 'id,why\r\nr1,rule-a\r\n'],
    ['jsonl holds the record', () => render('jsonl'), '{"id":"r1","why":"rule-a"}\n'],
    ['json uses the view\'s json form', () => render('json', false, { ...view, json: (r) => r.id }), '[\n  "r1"\n]\n'],
  ])('%s', (_name, out, expected) => {
    expect(out()).toContain(expected);
  });

  it('adds the explain columns to a table only with explain', () => {
    expect(tableColumn(render('table'), 'why')).toEqual([]);
    expect(tableColumn(render('table', true), 'why')).toEqual(['rule-a']);
  });

  it('never adds the explain columns to tsv', () => {
    expect(parseTsv(render('tsv', true))[0]).toEqual(['id', 'why']);
  });
});

describe('render/index: createSink with the quote view', () => {
  it('--explain adds the rule columns', () => {
    const target = collect({ width: 200 });
    const sink = createSink('table', quoteView, target, true);
    sink.write(quote({ rule: 'quote-then-cue', speakerRule: 'subject-before-cue' }));
    sink.end();
    expect(target.out()).toContain('speakerRule');
    expect(target.out()).toContain('quote-then-cue');
    expect(renderQuotes('table', [quote()], { width: 200 })).not.toContain('speakerRule');
  });
});
