// `attrib quotes [paths...]` and `attrib who-said <term> [paths...]`: quotes with their
// speakers, optionally only those whose content holds a term or whose speaker matches.
import type { Command } from 'commander';
import { quoteFilter, wordMatcher } from '../query/index.js';
import { createSink } from '../render/index.js';
import { quoteView } from '../render/views.js';
import type { Quote } from '../types.js';
import { analyses } from './analyses.js';
import type { Context } from './context.js';
import { finish } from './finish.js';
import { examples } from './help.js';
import { addFormatOptions, addRunOptions, resolveFormat, targetFor, type CommonOptions } from './options.js';

type QuoteOptions = CommonOptions & { speaker?: string };

async function listQuotes(term: string | undefined, paths: string[], opts: QuoteOptions, ctx: Context): Promise<void> {
  if (term !== undefined && wordMatcher(term) === null) return ctx.fail('the term has no words to look for (give a word, e.g. attrib who-said tariffs)');
  const format = resolveFormat(opts, ctx);
  if (format === null) return;
  const keep = quoteFilter({ term, speaker: opts.speaker });
  const sink = createSink<Quote>(format, quoteView, targetFor(opts, ctx), opts.explain);
  let found = 0;
  let docs = 0;
  for await (const a of analyses(paths, ctx, opts)) {
    docs++;
    for (const q of a.quotes) {
      if (!keep(q)) continue;
      sink.write(q);
      found++;
    }
  }
  sink.end();
  finish(ctx, found, term === undefined ? 'quotes' : `quotes containing "${term}"`, docs);
}

export function quotesCommand(program: Command, ctx: Context): void {
  const cmd = program
    .command('quotes')
    .description('every quote (direct, partial, reported) with its speaker, role and cue')
    .argument('[paths...]', 'files, folders or - for stdin (default: ./seeds or the bundled seeds)')
    .option('--speaker <name>', 'only quotes whose speaker contains these words');
  addRunOptions(addFormatOptions(cmd));
  cmd.addHelpText('after', examples([
    ['attrib quotes', 'the bundled seed article (or ./seeds)'],
    ['attrib quotes news/ --speaker Lavrov', 'one speaker, across a folder'],
    ['attrib quotes news.jsonl --jsonl | jq -r .speaker | sort | uniq -c', 'who is quoted how often'],
  ]));
  cmd.action((paths: string[], opts: QuoteOptions) => listQuotes(undefined, paths, opts, ctx));
}

export function whoSaidCommand(program: Command, ctx: Context): void {
  const cmd = program
    .command('who-said')
    .description('quotes whose content contains a term (whole words, any case or accents), with who said them')
    .argument('<term>', 'word or phrase to look for')
    .argument('[paths...]', 'files, folders or - for stdin (default: ./seeds or the bundled seeds)')
    .option('--speaker <name>', 'only quotes whose speaker contains these words');
  addRunOptions(addFormatOptions(cmd));
  cmd.addHelpText('after', examples([
    ['attrib who-said victory', 'in the bundled seeds'],
    ['attrib who-said "interest rates" archive/ --csv > rates.csv', 'a phrase, to a spreadsheet'],
    ['attrib who-said tariffs news.jsonl --jsonl | jq -r \'.speaker + ": " + .text\'', 'speaker and words'],
  ]));
  cmd.action((term: string, paths: string[], opts: QuoteOptions) => listQuotes(term, paths, opts, ctx));
}
