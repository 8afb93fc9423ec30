// Reading inputs: files, folders, JSONL, stdin. Yields documents in input order, one at a time
// (a corpus of any size streams), and names every input it has to skip, with the reason,
// instead of stopping.
import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { skip, warn, type CorpusEvent, type CorpusIO } from './events.js';
import { readFile } from './file.js';
import { fileId, UniqueIds } from './ids.js';
import { reasonOf } from './reasons.js';
import { readStdin } from './stdin.js';
import { walk } from './walk.js';

export type { CorpusEvent, CorpusIO, Skipped } from './events.js';

/**
 * The documents of `paths`, in order: files (a .jsonl file gives one document a line), folders
 * (recursively, sorted) and `-` for standard input. Relative paths are taken from `io.cwd`.
 */
export async function* readCorpus(paths: string[], io: CorpusIO): AsyncGenerator<CorpusEvent> {
  // One set of ids for the whole run, so every record's `doc` names one document.
  const ids = new UniqueIds();
  let stdinRead = false;
  for (const path of paths) {
    if (path === '-') {
      if (stdinRead) yield skip(path, 'standard input already read');
      else yield* readStdin(io.stdin, ids);
      stdinRead = true;
      continue;
    }
    const abs = resolve(io.cwd, path);
    let isDir: boolean;
    try {
      isDir = statSync(abs).isDirectory(); // sync: cheaper than a promise hop when a shell glob names 1,000 files
    } catch (err) {
      yield skip(path, reasonOf(err));
      continue;
    }
    if (!isDir) {
      // A file named explicitly is read whatever its extension: the user asked for it.
      yield* readFile(fileId(path, io.cwd), abs, ids);
      continue;
    }
    let files = 0;
    for await (const item of walk(path, abs)) {
      if (item.type === 'skip') yield item;
      else {
        files++;
        yield* readFile(fileId(item.path, io.cwd), resolve(io.cwd, item.path), ids);
      }
    }
    // Say why a folder gave nothing, rather than leave the user with an empty result.
    if (files === 0) yield warn(`${path}: no .txt, .md or .jsonl files in this folder`);
  }
}

/** What to read when no path is given: `./seeds` if it exists, else the seeds bundled with attrib. */
export function defaultPaths(cwd: string): string[] {
  if (isDirectory(join(cwd, 'seeds'))) return ['seeds'];
  // dist/corpus/index.js (or src/corpus/index.ts under test) -> the package's seeds/
  return [fileURLToPath(new URL('../../seeds', import.meta.url))];
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
