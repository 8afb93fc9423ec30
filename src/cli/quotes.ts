// `attrib quotes [paths...]`: every quote with its speaker, role and cue; --speaker keeps one
// speaker's. The listing itself is shared with `who-said`.
import type { Command } from 'commander';
import { QUOTE_TYPES, quoteFilter, wordMatcher } from '../query/index.js';
import { createSink } from '../render/index.js';
import { quoteView } from '../render/views.js';
import type { Quote, QuoteType } from '../types.js';
import { analyses, writeKept } from './analyses.js';
import type { Context } from './context.js';
import { finish } from './finish.js';
import { examples } from './help.js';
import { addExplainOption, addFormatOptions, addRunOptions, listOf, resolveFormat, speakerName, targetFor, type CommonOptions } from './options.js';

export type QuoteOptions = CommonOptions & { speaker?: string; type?: QuoteType[] };

/** Shared by `quotes` and `who-said`: the quotes kept by the filters, streamed to the format. */
export async function listQuotes(term: string | undefined, paths: string[], opts: QuoteOptions, ctx: Context): Promise<void> {
  if (term !== undefined && wordMatcher(term) === null) return ctx.fail('the term has no words to look for (give a word, e.g. attrib who-said tariffs)');
  const format = resolveFormat(opts, ctx);
  if (format === null) return;
  const keep = quoteFilter({ term, speaker: opts.speaker, types: opts.type });
  const sink = createSink<Quote>(format, quoteView, targetFor(opts, ctx), opts.explain);
  const listed = await writeKept(analyses(paths, ctx, opts), (a) => a.quotes, keep, sink);
  finish(ctx, listed.found, term === undefined ? 'quotes' : `quotes containing "${term}"`, listed.docs);
}

/** The filters `quotes` and `who-said` share. */
export function addQuoteFilters(cmd: Command): Command {
  return cmd
    .option('--speaker <name>', 'only quotes whose speaker contains these words', speakerName)
    .option('--type <types>', `only these types, comma-separated: ${QUOTE_TYPES.join(', ')}`, listOf(QUOTE_TYPES, 'type'));
}

export function quotesCommand(program: Command, ctx: Context): void {
  const cmd = program
    .command('quotes')
    .description('every quote (direct, partial, reported) with its speaker, role and cue')
    .argument('[paths...]', 'files, folders or - for stdin (default: ./seeds or the bundled seeds)');
  addRunOptions(addExplainOption(addFormatOptions(addQuoteFilters(cmd))));
  cmd.addHelpText('after', examples([
    ['attrib quotes', 'the bundled seed article (or ./seeds)'],
    ['attrib quotes news/ --speaker Okafor', 'one speaker, across a folder'],
    ['attrib quotes story.txt --type direct,partial', 'only words in quotation marks'],
    ['attrib quotes news.jsonl --jsonl | jq -r .speaker | sort | uniq -c', 'who is quoted how often'],
  ]));
  cmd.action((paths: string[], opts: QuoteOptions) => listQuotes(undefined, paths, opts, ctx));
}
