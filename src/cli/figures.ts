// `attrib figures [paths...]`: every figure with its value, kind, qualifier, subject and
// source; --unsourced and --kind filter, --disagree shows figures that contradict each other.
import type { Command } from 'commander';
import { disagreeingFigures, FIGURE_KINDS, figureFilter, QUANTITY_KINDS } from '../query/index.js';
import { createSink } from '../render/index.js';
import { disagreeView, figureView } from '../render/views.js';
import type { Figure, FigureKind } from '../types.js';
import { analyses, writeKept } from './analyses.js';
import type { Context } from './context.js';
import { finish } from './finish.js';
import { examples } from './help.js';
import { addExplainOption, addFormatOptions, addRunOptions, listOf, resolveFormat, targetFor, type CommonOptions } from './options.js';

type FigureOptions = CommonOptions & { unsourced?: boolean; kind?: FigureKind[]; disagree?: boolean };

async function listFigures(paths: string[], opts: FigureOptions, ctx: Context): Promise<void> {
  const format = resolveFormat(opts, ctx);
  if (format === null) return;
  // Quantities by default: dates, years and ordinals only when asked for.
  const keep = figureFilter({ unsourced: opts.unsourced, kinds: opts.kind ?? [...QUANTITY_KINDS] });
  const target = targetFor(opts, ctx);
  if (opts.disagree) {
    let found = 0;
    let docs = 0;
    // Disagreement is a corpus-wide question: every figure is needed before the first row.
    const all: Figure[] = [];
    for await (const a of analyses(paths, ctx, opts)) {
      docs++;
      all.push(...a.figures.filter(keep));
    }
    const sink = createSink(format, disagreeView, target, opts.explain);
    for (const f of disagreeingFigures(all)) {
      sink.write(f);
      found++;
    }
    sink.end();
    return finish(ctx, found, 'figures that disagree', docs);
  }
  const sink = createSink(format, figureView, target, opts.explain);
  const listed = await writeKept(analyses(paths, ctx, opts), (a) => a.figures, keep, sink);
  finish(ctx, listed.found, 'figures', listed.docs);
}

export function figuresCommand(program: Command, ctx: Context): void {
  const cmd = program
    .command('figures')
    .description('every figure with its value, kind, qualifier, subject, source and hedge')
    .argument('[paths...]', 'files, folders or - for stdin (default: ./seeds or the bundled seeds)')
    .option('--unsourced', 'only figures that no named source vouches for')
    .option('--kind <kinds>', `only these kinds, comma-separated: ${FIGURE_KINDS.join(', ')}, or all (default: ${QUANTITY_KINDS.join(', ')})`, listOf(FIGURE_KINDS, 'kind', 'all'))
    .option('--disagree', 'figures about the same subject that differ in value or source, grouped');
  addRunOptions(addExplainOption(addFormatOptions(cmd)));
  cmd.addHelpText('after', examples([
    ['attrib figures', 'the bundled seed article'],
    ['attrib figures news/ --unsourced --kind money,percent', 'money and percentages nobody vouches for'],
    ['attrib figures --kind all', 'dates, years and ordinals too'],
    ['attrib figures archive.jsonl --disagree --csv > check.csv', 'contradicting figures, for a spreadsheet'],
    ['attrib figures news/ --jsonl | jq \'select(.sourceKind == "unattributed")\'', 'the same filter in jq'],
  ]));
  cmd.action((paths: string[], opts: FigureOptions) => listFigures(paths, opts, ctx));
}
