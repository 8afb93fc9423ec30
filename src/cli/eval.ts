// `attrib eval <gold.jsonl>`: scores the analysis against an annotated file and prints the
// scorer's tables with the ordinary renderers.
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { createSink, type Column } from '../render/index.js';
import { renderTable } from '../render/table.js';
import { escapeTerminal, stringifyJson } from '../render/escape.js';
import { reasonOf } from '../corpus/reasons.js';
import type { Context } from './context.js';
import { examples } from './help.js';
import { addFormatOptions, resolveFormat, targetFor, type CommonOptions } from './options.js';

type Row = (string | number | null)[];

async function evaluate(path: string, opts: CommonOptions, ctx: Context): Promise<void> {
  const format = resolveFormat(opts, ctx);
  if (format === null) return;
  // Loaded on demand: the scorers pull in the whole analysis.
  const { runEval } = await import('../eval/index.js');
  let result;
  try {
    result = runEval(resolve(ctx.io.cwd, path));
  } catch (err) {
    return ctx.fail(`cannot evaluate ${path}: ${reasonOf(err)} (give a gold .jsonl file with "quotes" or "numbers" annotations)`);
  }
  const { tables, skipped, replaced } = result;
  const target = targetFor(opts, ctx);
  if (format === 'json') {
    const out = tables.map((t) => ({ title: t.title, rows: t.rows.map((r) => Object.fromEntries(t.columns.map((c, i) => [c, r[i] ?? null]))) }));
    ctx.write(stringifyJson(out, target.pretty ? 2 : undefined) + '\n');
  } else {
    tables.forEach((t, n) => {
      if (format === 'table') {
        ctx.write(`${n > 0 ? '\n' : ''}${target.color.bold(escapeTerminal(t.title))}\n`);
        renderTable(t.columns, t.rows.map((r) => r.map((c) => escapeTerminal(c === null ? '' : String(c)))), { wide: t.columns.map(() => false) }, target);
        return;
      }
      // TSV/CSV: one block per table, separated by a blank line; JSONL: rows tagged with their table.
      if ((format === 'tsv' || format === 'csv') && n > 0) ctx.write(format === 'csv' ? '\r\n' : '\n');
      const columns: Column<Row>[] = t.columns.map((c, i) => ({ header: c, value: (r) => r[i] }));
      const sink = createSink<Row>(format, { table: columns, flat: columns, json: (r) => ({ table: t.title, ...Object.fromEntries(t.columns.map((c, i) => [c, r[i] ?? null])) }) }, target);
      for (const r of t.rows) sink.write(r);
      sink.end();
    });
  }
  // Like every input error, the lines left out are reported after the results and make the status 2.
  if (replaced) ctx.diag(`${path}: invalid bytes replaced with U+FFFD (is the file UTF-8?)`);
  for (const s of skipped) ctx.fail(`skipped ${path}:${s.line}: ${s.reason} (not scored)`);
  if (tables.length === 0) {
    ctx.diag(`nothing to score in ${path}`);
    if (ctx.code === 0) ctx.code = 1;
  }
}

export function evalCommand(program: Command, ctx: Context): void {
  const cmd = program
    .command('eval')
    .description('score the analysis against an annotated gold file (JSON Lines) and print the metrics')
    .argument('<gold>', 'a .jsonl file whose records carry "quotes" or "numbers" annotations');
  addFormatOptions(cmd);
  cmd.addHelpText('after', examples([
    ['attrib eval gold/quotes.dev.jsonl', 'precision, recall and F1 per measure'],
    ['attrib eval gold/numbers.dev.jsonl --json | jq \'.[0].rows\'', 'the first table, as objects'],
  ]));
  cmd.action((gold: string, opts: CommonOptions) => evaluate(gold, opts, ctx));
}
