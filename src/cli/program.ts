// The commander wiring: one root program, one file a command. Commander's own exits are
// turned into exceptions (exitOverride) so main() maps them to attrib's exit codes.
import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import type { Context } from './context.js';
import { evalCommand } from './eval.js';
import { extractCommand } from './extract.js';
import { figuresCommand } from './figures.js';
import { EXIT_CODES, ROOT_EXAMPLES } from './help.js';
import { quotesCommand } from './quotes.js';
import { speakersCommand } from './speakers.js';
import { whoSaidCommand } from './who-said.js';
import { ANALYSIS_VERSION } from '../analysis/version.js';

/** The package's version: package.json sits one level above both src/ and dist/. */
export function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string };
  return pkg.version ?? '0.0.0';
}

export function buildProgram(ctx: Context): Command {
  const { stdout, stderr } = ctx.io;
  const program = new Command('attrib')
    .description('Fact attribution for news: every quote and figure tied to who said it or vouches for it, with exact offsets.')
    // Both versions: the analysis version is what changes output and keys the cache, so a bug report needs it.
    .version(`${packageVersion()} (analysis ${ANALYSIS_VERSION})`, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    // Set before the commands are added, so every command inherits them.
    .exitOverride()
    .configureOutput({
      writeOut: (s) => stdout.write(s),
      writeErr: (s) => stderr.write(s),
      getOutHelpWidth: () => stdout.columns ?? 80,
      getErrHelpWidth: () => (stderr as { columns?: number }).columns ?? 80,
    });
  quotesCommand(program, ctx);
  whoSaidCommand(program, ctx);
  figuresCommand(program, ctx);
  speakersCommand(program, ctx);
  extractCommand(program, ctx);
  evalCommand(program, ctx);
  program.addHelpText('after', `${ROOT_EXAMPLES}${EXIT_CODES}`);
  // Commander's "error: ..." becomes attrib's diagnostic form, pointing at the right --help.
  for (const cmd of [program, ...program.commands]) {
    const helpCmd = cmd === program ? 'attrib --help' : `attrib ${cmd.name()} --help`;
    cmd.configureOutput({
      ...program.configureOutput(),
      outputError: (str) => ctx.diag(`${str.replace(/^error: /, '').trimEnd()} (see ${helpCmd})`),
    });
    if (cmd !== program) cmd.addHelpText('after', EXIT_CODES);
  }
  return program;
}
