import { describe, expect, it } from 'vitest';
import { createSink } from '../../src/render/index.js';
import { figureView, quoteView, speakerView } from '../../src/render/views.js';
import { figure, quote, speaker } from '../fixtures/records.js';
import { collect, parseCsv, parseTsv, tableColumn } from './helpers.js';
import { displayWidth } from '../../src/render/wrap.js';

// Texts that break naive renderers: separators, quotes, newlines, escapes, non-ASCII.
const hostile = [
  quote(),
  quote({ text: 'a, "b"\tc\nd\\e', speaker: 'José Ñúñez' }),
  quote({ text: 'clear \u001b[2J screen \u009b and \u202e flip', speaker: null, speakerMention: null, cue: null, role: null }),
];

function render(format: 'table' | 'tsv' | 'csv' | 'json' | 'jsonl', records = hostile, opts: Parameters<typeof collect>[0] = {}) {
  const target = collect(opts);
  const sink = createSink(format, quoteView, target);
  for (const r of records) sink.write(r);
  sink.end();
  return target.out();
}

describe('formats read back to the records', () => {
  it('json is one valid array with the full records', () => {
    expect(JSON.parse(render('json'))).toEqual(hostile);
    expect(JSON.parse(render('json', hostile, { pretty: true }))).toEqual(hostile);
  });

  it.each([[[]], [[quote()]]])('json of %j records parses', (records) => {
    expect(JSON.parse(render('json', records))).toEqual(records);
  });

  it('jsonl has one record a line', () => {
    const lines = render('jsonl').trimEnd().split('\n');
    expect(lines.map((l) => JSON.parse(l))).toEqual(hostile);
  });

  it('tsv has a header and one line a record, escaped', () => {
    const rows = parseTsv(render('tsv'));
    expect(rows[0]).toEqual(quoteView.flat.map((c) => c.header));
    expect(rows).toHaveLength(hostile.length + 1);
    const text = rows[0]?.indexOf('text') ?? -1;
    expect(rows.slice(1).map((r) => r[text])).toEqual(hostile.map((q) => q.text.replace(/\u001b/g, '\\x1b').replace(/\u009b/g, '\\x9b').replace(/\u202e/g, '\\u202e')));
  });

  it('csv is RFC 4180: fields with commas, quotes and newlines survive', () => {
    const rows = parseCsv(render('csv'));
    expect(rows).toHaveLength(hostile.length + 1);
    const text = rows[0]?.indexOf('text') ?? -1;
    expect(rows[2]?.[text]).toBe('a, "b"\tc\nd\\e');
    expect(rows[2]?.[rows[0]?.indexOf('speaker') ?? -1]).toBe('José Ñúñez');
  });

  it.each(['tsv', 'csv'] as const)('%s of no records is the header alone', (format) => {
    expect(render(format, []).trim().split(/\r?\n/)).toHaveLength(1);
  });

  it('an empty table prints nothing', () => {
    expect(render('table', [])).toBe('');
  });
});

describe('no raw escape reaches a terminal', () => {
  it.each(['table', 'tsv', 'csv', 'json', 'jsonl'] as const)('%s', (format) => {
    const out = render(format);
    expect(out).not.toMatch(/[\u001b\u009b\u202e]/);
  });
});

describe('table', () => {
  it('has bold headers only when colour is on', () => {
    expect(render('table', [quote()], { color: false })).not.toContain('\u001b[');
    expect(render('table', [quote()], { color: true })).toContain('\u001b[1m');
  });

  it.each([50, 80, 120])('fits a width of %i columns', (width) => {
    const long = quote({ text: 'word '.repeat(60).trim() });
    const lines = render('table', [long], { width }).trimEnd().split('\n');
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(width);
    expect(lines.join(' ')).toContain('word');
  });

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
    expect(tableColumn(render('table', [q], { width: 200 }), 'text').at(-1)).toBe(shown);
    expect(render('tsv', [q])).toContain(interrupted.text);
  });

  it('a long table renders in one piece, every line the same width', () => {
    const many = Array.from({ length: 20_000 }, (_, i) => quote({ text: `q${i}`, speaker: 'A', doc: `d${i % 2}`, role: null, cue: null }));
    const out = render('table', many, { width: 80 });
    expect(tableColumn(out, 'text').at(-1)).toBe('q19999');
    expect(out.match(/│ type /g)).toHaveLength(1);
    expect(new Set(out.split('\n').filter((l) => l !== '').map((l) => l.length)).size).toBe(1);
  });

  it.each([
    ['wide characters', '一二三四五六七八九十'.repeat(30)],
    ['an unbreakable run', 'x'.repeat(500)],
    ['lone surrogates', '\ud800\udc00\ud800'.repeat(100)],
    ['combining marks', 'e\u0301'.repeat(300)],
  ])('%s: nothing lost, every line within the width', (_name, text) => {
    const out = render('table', [quote({ text, speaker: 'A', role: null, cue: null })], { width: 60 });
    expect(tableColumn(out, 'text')[0]?.replace(/ /g, '')).toBe(text.replace(/ /g, ''));
    for (const l of out.trimEnd().split('\n')) expect(displayWidth(l)).toBeLessThanOrEqual(60);
  });

  it('rows all from one document: its name above the table, not in a column', () => {
    const out = render('table', [quote(), quote({ text: 'Second' })], { width: 100 });
    expect(out.split('\n')[0]).toBe('a.txt');
    expect(tableColumn(out, 'doc')).toEqual([]);
    expect(tableColumn(render('table', [quote(), quote({ doc: 'b.txt' })], { width: 100 }), 'doc')).toEqual(['a.txt', 'b.txt']);
  });

  it('a huge cell is cut, saying how much is left (other formats keep it whole)', () => {
    const huge = quote({ text: 'word '.repeat(20_000) });
    expect(tableColumn(render('table', [huge], { width: 100 }), 'text')[0]).toMatch(/… \[98000 more characters; --json shows all\]$/);
    expect((JSON.parse(render('json', [huge])) as { text: string }[])[0]?.text).toHaveLength(100_000);
  });

  it('an unresolved speaker shows its mention in parentheses', () => {
    const out = render('table', [quote({ speaker: null, speakerMention: { text: 'the mayor', start: 0, end: 9 } })], { width: 200 });
    expect(out).toContain('(the mayor)');
  });

  // A path cut to its end ("…txt") no longer names its file: a table too narrow for the paths
  // puts each document's name on a line across the table, above its rows.
  describe('documents too long for the table: their names on lines across it', () => {
    const deep = 'archive/2024/very/deep/folder/story-about-bridges.txt';
    const lines = (out: string): string[] => out.trimEnd().split('\n');

    it.each([
      ['a long path beside long text', [quote({ doc: deep, text: 'word '.repeat(40) }), quote({ doc: 'b.txt' })], 80, [deep, 'b.txt']],
      ['short paths in a narrow table', [quote({ doc: 'north/ferry.txt' }), quote({ doc: 'north/ferry.txt', text: 'Again' }), quote({ doc: 'south/ferry.txt' })], 40, ['north/ferry.txt', 'south/ferry.txt']],
      ['a path wider than the table keeps its end', [quote({ doc: deep }), quote({ doc: 'b.txt' })], 40, ['…', 'b.txt']],
    ] as const)('%s', (_name, records, width, names) => {
      const out = render('table', [...records], { width });
      expect(tableColumn(out, 'doc')).toEqual([]);
      const named = lines(out).filter((l) => /^│ \S/.test(l) && !l.includes('│ type ') && l.split('│').length === 3).map((l) => l.slice(2, -2).trim());
      expect(named.map((n) => (n.startsWith('…') ? '…' : n))).toEqual([...names]);
      if (names[0] === '…') expect(named[0]).toMatch(/^….*bridges\.txt$/);
      // one line each, whatever the rows: borders close the columns above it and open them below
      expect(out).toMatch(/├─*┴.*┤\n│ .* │\n├─*┬.*┤/);
      for (const l of lines(out)) expect(displayWidth(l)).toBe(width);
    });

    it.each([
      ['the paths fit: a column as before', [quote({ doc: 'north/harbour/ferry-timetable.txt' }), quote({ doc: 'b.txt' })], 200],
      ['short paths fit a narrow table', [quote({ doc: 'a.txt' }), quote({ doc: 'b.txt' })], 70],
    ] as const)('%s', (_name, records, width) => {
      const out = render('table', [...records], { width });
      expect(tableColumn(out, 'doc')).toEqual(records.map((r) => r.doc));
      expect(out).not.toMatch(/├─*┴/);
    });

    it('rows all from one document still have its name above the table', () => {
      const out = render('table', [quote({ doc: deep, text: 'word '.repeat(40) }), quote({ doc: deep })], { width: 80 });
      expect(lines(out)[0]).toBe(deep);
      expect(out).not.toContain(`│ ${deep}`);
    });
  });

  it('--explain adds the rule columns', () => {
    const target = collect({ width: 200 });
    const sink = createSink('table', quoteView, target, true);
    sink.write(quote({ rule: 'quote-then-cue', speakerRule: 'subject-before-cue' }));
    sink.end();
    expect(target.out()).toContain('speakerRule');
    expect(target.out()).toContain('quote-then-cue');
    expect(render('table', [quote()], { width: 200 })).not.toContain('speakerRule');
  });
});
