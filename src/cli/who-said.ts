// `attrib who-said <term> [paths...]`: the quotes whose content contains the term (whole
// words, any case or accents), with who said them.
import type { Command } from 'commander';
import type { Context } from './context.js';
import { examples } from './help.js';
import { addExplainOption, addFormatOptions, addRunOptions } from './options.js';
import { addQuoteFilters, listQuotes, type QuoteOptions } from './quotes.js';

export function whoSaidCommand(program: Command, ctx: Context): void {
  const cmd = program
    .command('who-said')
    .description('quotes whose content contains a term (whole words, any case or accents), with who said them')
    .argument('<term>', 'word or phrase to look for')
    .argument('[paths...]', 'files, folders or - for stdin (default: ./seeds or the bundled seeds)');
  addRunOptions(addExplainOption(addFormatOptions(addQuoteFilters(cmd))));
  cmd.addHelpText('after', examples([
    ['attrib who-said victory', 'in the bundled seeds'],
    ['attrib who-said "interest rates" archive/ --csv > rates.csv', 'a phrase, to a spreadsheet'],
    ['attrib who-said tariffs news.jsonl --jsonl | jq -r \'.speaker + ": " + .text\'', 'speaker and words'],
  ]));
  cmd.action((term: string, paths: string[], opts: QuoteOptions) => listQuotes(term, paths, opts, ctx));
}
