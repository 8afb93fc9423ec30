#!/usr/bin/env node
// Times the analysis on multi-megabyte hostile inputs, stage by stage, against the built dist/
// (run `npx tsc -p tsconfig.json` first). Not a test: speed belongs to measurements, not to
// pass/fail. Prints seconds per MB at two sizes; a ratio well above 1 means the time grows
// faster than the input (superlinear), and the slowest stage names who should look.
//
//   node tests/fuzz/hostile-timing.mjs [--sizes 1,4] [--only substring] [--timeout 120]
//
// Each (input, size) runs in its own child process with a time limit, so one runaway case
// cannot hang the rest.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { HOSTILE, HOSTILE_NAMES } from './hostile-inputs.mjs';

const here = fileURLToPath(import.meta.url);
const dist = new URL('../../dist/analysis/', import.meta.url);
const MB = 1024 * 1024;

// The stages in the order src/analysis/index.ts runs them, with the role that owns each.
const STAGES = [
  ['segment/index.js', 'segment', 'QUOTES'], ['quote-marks/index.js', 'findQuoteMarks', 'QUOTES'], ['cues/index.js', 'findCues', 'QUOTES'],
  ['mentions/index.js', 'findMentions', 'SPEAKERS'], ['speakers/index.js', 'resolveSpeakers', 'SPEAKERS'],
  ['quotes/index.js', 'attributeQuotes', 'QUOTES'], ['figures/index.js', 'findFigures', 'FIGURES'],
  ['sources/index.js', 'sourceFigures', 'FIGURES'], ['summary/index.js', 'summarizeSpeakers', 'SPEAKERS'],
];

async function child(name, sizeMb) {
  const fns = [];
  for (const [file, fn, owner] of STAGES) fns.push([fn, owner, (await import(new URL(file, dist)))[fn]]);
  // Warm up compromise and the regexes on a small text, so start-up is not counted.
  // (segment takes the document itself; every later stage the state before it)
  let warm = { id: 'w', text: HOSTILE['article repeated'](5000) };
  for (const [, , f] of fns) warm = f(warm);
  const text = HOSTILE[name](Math.round(sizeMb * MB));
  let state = { id: 'hostile', text };
  const stages = {};
  for (const [fn, owner, f] of fns) {
    process.stderr.write(`stage ${fn} (${owner})\n`); // the parent names the stage that hung
    const t = performance.now();
    state = f(state);
    stages[`${fn} (${owner})`] = (performance.now() - t) / 1000;
  }
  const seconds = Object.values(stages).reduce((a, b) => a + b, 0);
  process.stdout.write(JSON.stringify({ seconds, stages, quotes: state.quotes.length, figures: state.figures.length }));
}

function parent(args) {
  const opt = (flag, dflt) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : dflt);
  const sizes = opt('--sizes', '1,4').split(',').map(Number);
  const only = opt('--only', '');
  const timeout = Number(opt('--timeout', '120')) * 1000;
  console.log(`hostile inputs, seconds per MB at ${sizes.join(' and ')} MB (ratio > 1.5: superlinear; > 1.5 s/MB: slow)\n`);
  for (const name of HOSTILE_NAMES.filter((n) => n.includes(only))) {
    const cells = [];
    const perMb = [];
    let slowest = '';
    for (const size of sizes) {
      const r = spawnSync(process.execPath, [here, '--child', name, String(size)], { encoding: 'utf8', timeout, maxBuffer: 1e6 });
      if (r.error || r.status !== 0) {
        const stage = (r.stderr.match(/^stage .*$/gm) ?? []).pop()?.slice(6) ?? 'start-up';
        cells.push(r.error ? `${size} MB: timeout >${timeout / 1000}s in ${stage}` : `${size} MB: crash in ${stage}: ${(r.stderr.split('\n').find((l) => /Error/.test(l)) ?? '').slice(0, 80)}`);
        perMb.push(Infinity);
        break;
      }
      const res = JSON.parse(r.stdout);
      const [stage, secs] = Object.entries(res.stages).sort((a, b) => b[1] - a[1])[0];
      slowest = `${stage} ${(secs / size).toFixed(2)} s/MB`;
      perMb.push(res.seconds / size);
      cells.push(`${(res.seconds / size).toFixed(2)} s/MB (${res.quotes} quotes, ${res.figures} figures)`);
    }
    const ratio = perMb.length > 1 ? perMb[perMb.length - 1] / perMb[0] : perMb[0];
    // 1.5 s/MB: the budget (5x faster than a bare compromise parse at ~0.13 MB/s).
    const last = perMb[perMb.length - 1];
    const verdict = !Number.isFinite(last) ? 'FAILED' : ratio > 1.5 && last > 0.2 ? 'SUPERLINEAR' : last > 1.5 ? 'SLOW' : 'ok';
    console.log(`${verdict.padEnd(11)} ${name.padEnd(52)} ${cells.join(' | ')}  ratio ${Number.isFinite(ratio) ? ratio.toFixed(2) : '-'}  slowest: ${slowest}`);
  }
}

const argv = process.argv.slice(2);
if (argv[0] === '--child') await child(argv[1], Number(argv[2]));
else parent(argv);
