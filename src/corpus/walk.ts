// Folders, recursively, in a fixed order (sorted by name, so two runs list the same documents
// in the same order on any machine). Only .txt, .md and .jsonl files count; hidden entries and
// other files are passed over silently. A symbolic link that leads back into a folder already
// walked (a loop) is not followed again, and an entry that cannot be read is named and skipped.
import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { Skipped } from './events.js';
import { reasonOf } from './reasons.js';

export type WalkItem = { type: 'file'; path: string } | { type: 'skip'; skipped: Skipped };

const TEXT_EXTENSIONS = new Set(['.txt', '.md', '.jsonl']);
export const isCorpusFile = (name: string): boolean => TEXT_EXTENSIONS.has(extname(name).toLowerCase());

/** Files under the folder `path` (as the user wrote it; `abs` is where it really is). */
export async function* walk(path: string, abs: string, visited = new Set<string>()): AsyncGenerator<WalkItem> {
  let entries: Dirent[];
  try {
    const real = await realpath(abs);
    if (visited.has(real)) return; // a loop, or a second way into a folder already listed
    visited.add(real);
    entries = await readdir(abs, { withFileTypes: true });
  } catch (err) {
    yield { type: 'skip', skipped: { input: path, reason: reasonOf(err) } };
    return;
  }
  // Code-unit order, not the locale's: the same on every machine.
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const childPath = join(path, entry.name);
    const childAbs = join(abs, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const target = await stat(childAbs);
        isDir = target.isDirectory();
        isFile = target.isFile();
      } catch (err) {
        // A broken link is only worth naming when it looks like a document.
        if (isCorpusFile(entry.name)) yield { type: 'skip', skipped: { input: childPath, reason: reasonOf(err) } };
        continue;
      }
    }
    if (isDir) yield* walk(childPath, childAbs, visited);
    else if (isFile && isCorpusFile(entry.name)) yield { type: 'file', path: childPath };
  }
}
