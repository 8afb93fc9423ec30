// Runs `attrib` (the built CLI, through cli-child.js) in a child process for the bench and reads
// back what the child reports: exit code, peak RSS and CPU time (user + system, every thread).
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { jsonlLines } from './generate.js';

const CHILD = fileURLToPath(new URL('./cli-child.js', import.meta.url));
const options = (env) => ({ env: { ...process.env, CI: '1', ...env }, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 26 });

function report(argv, stderr, seconds) {
  const m = /@@bench (.*)\n?$/.exec(stderr ?? '');
  if (!m) throw new Error(`attrib ${argv.join(' ')} failed: ${(stderr ?? '').slice(-2000)}`);
  const { code, maxRssKb, cpuUs } = JSON.parse(m[1]);
  return { seconds, code, rssMb: maxRssKb / 1024, cpuSeconds: cpuUs / 1e6 };
}

/** Runs the CLI and waits; returns wall seconds, exit code, peak RSS (MB) and CPU seconds. */
export function cli(argv, env = {}) {
  const t = performance.now();
  const r = spawnSync(process.execPath, [CHILD, ...argv], options(env));
  return report(argv, r.stderr, (performance.now() - t) / 1000);
}

/** The same, without blocking, so several runs can go at once. */
export async function cliAsync(argv, env = {}) {
  const t = performance.now();
  const child = spawn(process.execPath, [CHILD, ...argv], options(env));
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (s) => { stderr += s; });
  await once(child, 'close');
  return report(argv, stderr, (performance.now() - t) / 1000);
}

/** Writes synthetic JSONL articles to `path` until `bytes` are written. */
export async function writeJsonl(path, bytes) {
  const out = createWriteStream(path);
  for (const l of jsonlLines(bytes)) if (!out.write(l)) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
}
