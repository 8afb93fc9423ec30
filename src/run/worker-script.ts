// Where the worker thread's script is. Workers run JavaScript, so it is always the built
// dist/run/worker.js: beside this file when attrib runs from dist/, and found through the
// package root when this file runs as TypeScript from src/ (vitest), after `npm run build`.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The built worker script: beside this file in dist/, or dist/ when this file runs from src/ (vitest). */
export function workerScript(): URL | null {
  for (const rel of ['./worker.js', '../../dist/run/worker.js']) {
    const url = new URL(rel, import.meta.url);
    if (existsSync(fileURLToPath(url))) return url;
  }
  return null;
}
