// `attrib extract [paths...]`: everything, as envelopes one a line, ending with a summary.
// A pure per-document map (JSONL in on stdin, JSONL out), so it runs as the mapper of
// Hadoop Streaming, Spark's RDD.pipe or GNU parallel unchanged.
import { type Command, Option } from 'commander';
import { stringifyJson } from '../render/escape.js';
import type { Analysis } from '../types.js';
import type { Skipped } from '../corpus/index.js';
import { analyses } from './analyses.js';
import type { Context } from './context.js';
import { examples } from './help.js';
import { addRunOptions, type CommonOptions } from './options.js';

type EnvelopeType = 'document' | 'quote' | 'figure' | 'speaker' | 'error' | 'summary';
interface Envelope {
  type: EnvelopeType;
  data: unknown;
}

type ExtractOptions = CommonOptions & { format?: 'json' | 'jsonl' };

/** The envelopes of one document, in a fixed order: the document, its quotes, figures, speakers. */
export function documentEnvelopes(a: Analysis): Envelope[] {
  const { id, text, meta } = a.doc;
  return [
    { type: 'document', data: { id, length: text.length, ...(meta ? { meta } : {}) } },
    ...a.quotes.map((data): Envelope => ({ type: 'quote', data })),
    ...a.figures.map((data): Envelope => ({ type: 'figure', data })),
    ...a.speakers.map((data): Envelope => ({ type: 'speaker', data })),
  ];
}

async function extract(paths: string[], opts: ExtractOptions, ctx: Context): Promise<void> {
  const asked = new Set([opts.format, opts.json ? 'json' : undefined, opts.jsonl ? 'jsonl' : undefined].filter((f) => f !== undefined));
  if (asked.size > 1) return ctx.fail('choose one output format, not json and jsonl (give --jsonl or --json, not both)');
  const json = asked.has('json');
  const totals = { docs: 0, skipped: [] as Skipped[], quotes: 0, figures: 0, speakers: 0 };
  // JSON Lines streams each envelope; --json gathers them into one object at the end.
  const gathered: Record<string, unknown[]> = { documents: [], quotes: [], figures: [], speakers: [], errors: [] };
  const emit = (e: Envelope): void => {
    if (json) gathered[e.type === 'error' ? 'errors' : `${e.type}s`]?.push(e.data);
    else ctx.write(stringifyJson(e) + '\n');
  };
  const onSkip = (s: Skipped): void => {
    totals.skipped.push(s);
    emit({ type: 'error', data: s });
  };
  for await (const a of analyses(paths, ctx, opts, onSkip)) {
    totals.docs++;
    totals.quotes += a.quotes.length;
    totals.figures += a.figures.length;
    totals.speakers += a.speakers.length;
    // One write per document, not per envelope: each write is a system call when stdout is a
    // file or pipe, and a corpus has hundreds of thousands of envelopes.
    if (json) for (const e of documentEnvelopes(a)) emit(e);
    else ctx.write(documentEnvelopes(a).map((e) => stringifyJson(e) + '\n').join(''));
  }
  if (ctx.closed) return;
  if (json) ctx.write(stringifyJson({ ...gathered, summary: totals }, ctx.io.stdout.isTTY ? 2 : undefined) + '\n');
  else emit({ type: 'summary', data: totals });
  // A document without quotes is a normal result for a map step; only "no document at all" is 1.
  if (totals.docs === 0 && ctx.code === 0) {
    ctx.diag('no documents found (give files, folders or - for stdin)');
    ctx.code = 1;
  }
}

export function extractCommand(program: Command, ctx: Context): void {
  const cmd = program
    .command('extract')
    .description('everything (documents, quotes, figures, speakers, errors) as JSON Lines envelopes, then a summary')
    .argument('[paths...]', 'files, folders or - for stdin (default: ./seeds or the bundled seeds)')
    .addOption(new Option('--format <format>', 'json or jsonl (default: jsonl)').choices(['json', 'jsonl']))
    .option('--jsonl', 'envelopes one a line (the default)')
    .option('--json', 'one object: {documents, quotes, figures, speakers, errors, summary}');
  addRunOptions(cmd);
  cmd.addHelpText('after', examples([
    ['attrib extract --jsonl', 'the bundled seeds, as envelopes'],
    ['cat dump.jsonl | attrib extract --jsonl - | jq -c \'select(.type == "quote") | .data\'', 'quotes only'],
    ['parallel --pipe -N 500 attrib extract --jsonl - < dump.jsonl > out.jsonl', 'split across cores or hosts'],
  ]));
  cmd.action((paths: string[], opts: ExtractOptions) => extract(paths, opts, ctx));
}
