// Options every analysis command shares: the output format, colour, --explain, and how the
// corpus is run (--jobs, --no-cache). Resolved once into what the renderers need.
import { availableParallelism } from 'node:os';
import { Command, InvalidArgumentError, Option } from 'commander';
import { makeChalk } from '../render/color.js';
import { FORMATS, type Format, type Target } from '../render/index.js';
import type { Context } from './context.js';
import { wordMatcher } from '../query/index.js';

export interface CommonOptions {
  format?: Format;
  json?: boolean;
  jsonl?: boolean;
  csv?: boolean;
  tsv?: boolean;
  color?: boolean;
  explain?: boolean;
  jobs?: number;
  cache: boolean;
}

function positiveInt(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number of at least 1');
  return n;
}

export function addFormatOptions(cmd: Command): Command {
  return cmd
    .addOption(new Option('--format <format>', 'output format (default: table on a terminal, tsv when piped)').choices(FORMATS))
    .option('--json', 'one JSON array')
    .option('--jsonl', 'JSON Lines: one record a line')
    .option('--csv', 'CSV (RFC 4180)')
    .option('--tsv', 'TSV with a header row')
    // Both forms are declared so that "neither given" stays undefined (then env and TTY decide).
    .option('--color', 'force colour')
    .option('--no-color', 'no colour');
}

/**
 * `--kind a,b --kind c` style lists: comma-separated, repeatable, each checked against `allowed`. Any case is
 * accepted ("--type Direct", "--kind MONEY"), as --speaker and who-said terms are: the values are all lower case.
 */
export function listOf<T extends string>(allowed: readonly T[], what: string, all?: string) {
  return (value: string, previous: T[] = []): T[] => {
    const out = [...previous];
    const given = value.split(',').map((x) => x.trim()).filter((x) => x !== '');
    // `--type ''` (an unset shell variable) would otherwise filter nothing, silently
    if (given.length === 0) throw new InvalidArgumentError(`no ${what} given (one of ${allowed.join(', ')}${all ? `, or ${all}` : ''})`);
    for (const v of given) {
      const lower = v.toLowerCase();
      if (all !== undefined && lower === all) out.push(...allowed);
      else if ((allowed as readonly string[]).includes(lower)) out.push(lower as T);
      else throw new InvalidArgumentError(`unknown ${what} "${v}" (one of ${allowed.join(', ')}${all ? `, or ${all}` : ''})`);
    }
    return out;
  };
}

/** `--speaker <name>`: words of a name; `--speaker ''` (an unset shell variable) would otherwise keep every speaker, silently. */
export function speakerName(value: string): string {
  if (wordMatcher(value) === null) throw new InvalidArgumentError("no name given (give words of the speaker's name, e.g. --speaker Okafor)");
  return value;
}

/** --explain only matters where there is a table (JSON always carries the rules). */
export function addExplainOption(cmd: Command): Command {
  return cmd.option('--explain', 'add the rules that found each record to the table');
}

export function addRunOptions(cmd: Command): Command {
  return cmd
    .option('-j, --jobs <n>', 'threads analysing: the main thread and n-1 workers (default and most: the number of cores)', positiveInt)
    .option('--no-cache', 'analyse again instead of reusing cached analyses');
}

/** The format asked for, or null after a usage error for conflicting flags. */
export function resolveFormat(opts: CommonOptions, ctx: Context): Format | null {
  const asked = new Set<Format>();
  if (opts.format) asked.add(opts.format);
  for (const f of ['json', 'jsonl', 'csv', 'tsv'] as const) if (opts[f]) asked.add(f);
  if (asked.size > 1) {
    ctx.fail(`choose one output format, not ${[...asked].join(' and ')} (give one of --json, --jsonl, --csv, --tsv, --format <f>)`);
    return null;
  }
  const [only] = asked;
  return only ?? (ctx.io.stdout.isTTY ? 'table' : 'tsv');
}

export function targetFor(opts: CommonOptions, ctx: Context): Target {
  const { stdout, env } = ctx.io;
  const columns = stdout.columns ?? Number(env['COLUMNS'] ?? NaN);
  return {
    write: ctx.write,
    color: makeChalk({ flag: opts.color, env, isTTY: stdout.isTTY }),
    width: Number.isFinite(columns) && columns > 0 ? columns : stdout.isTTY ? 80 : undefined,
    pretty: stdout.isTTY === true,
  };
}

/**
 * The threads to analyse in: --jobs, but never more than the cores. Threads beyond them only
 * compete for the cores, each worker compiling its own copy of the analysis, and on a run of
 * many documents the last ones waited so long for a core that they ran past the per-document
 * time limit and were skipped (60 short articles at --jobs 64 on two busy cores: 286 s, 2.1 GB,
 * and documents skipped; --jobs 2: 11 s, 150 MB). So the extra is dropped, and `note` says so.
 */
export function jobsOf(opts: CommonOptions, note: (message: string) => void, cores = availableParallelism()): number {
  if (opts.jobs === undefined || opts.jobs <= cores) return opts.jobs ?? cores;
  const n = (k: number, what: string): string => `${k} ${what}${k === 1 ? '' : 's'}`;
  note(`--jobs ${opts.jobs} is more than the ${n(cores, 'core')} here: analysing in ${n(cores, 'thread')} (more would only compete for them)`);
  return cores;
}
