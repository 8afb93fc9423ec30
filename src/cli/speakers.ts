// `attrib speakers [paths...]`: one row per speaker across the corpus, with roles, aliases
// and how many quotes and figures each is given.
import type { Command } from 'commander';
import { SpeakerTally, wordMatcher } from '../query/index.js';
import { createSink } from '../render/index.js';
import { speakerView } from '../render/views.js';
import { analyses } from './analyses.js';
import type { Context } from './context.js';
import { finish } from './finish.js';
import { examples } from './help.js';
import { addFormatOptions, addRunOptions, resolveFormat, speakerName, targetFor, type CommonOptions } from './options.js';

type SpeakerOptions = CommonOptions & { speaker?: string };

async function listSpeakers(paths: string[], opts: SpeakerOptions, ctx: Context): Promise<void> {
  const format = resolveFormat(opts, ctx);
  if (format === null) return;
  const tally = new SpeakerTally();
  let docs = 0;
  for await (const a of analyses(paths, ctx, opts)) {
    docs++;
    tally.add(a.speakers);
  }
  const match = opts.speaker === undefined ? null : wordMatcher(opts.speaker);
  const sink = createSink(format, speakerView, targetFor(opts, ctx));
  let found = 0;
  for (const s of tally.list()) {
    if (match !== null && !match(s.name)) continue;
    sink.write(s);
    found++;
  }
  sink.end();
  finish(ctx, found, 'speakers', docs);
}

export function speakersCommand(program: Command, ctx: Context): void {
  const cmd = program
    .command('speakers')
    .description('one row per speaker or source: name, kind, roles, aliases, quotes, figures, documents')
    .argument('[paths...]', 'files, folders or - for stdin (default: ./seeds or the bundled seeds)')
    .option('--speaker <name>', 'only speakers whose name contains these words', speakerName);
  addRunOptions(addFormatOptions(cmd));
  cmd.addHelpText('after', examples([
    ['attrib speakers', 'the sources of the bundled seed article'],
    ['attrib speakers news/ --json | jq \'.[] | select(.kind == "person") | .name\'', 'only people'],
  ]));
  cmd.action((paths: string[], opts: SpeakerOptions) => listSpeakers(paths, opts, ctx));
}
