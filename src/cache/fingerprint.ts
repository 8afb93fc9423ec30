// A fingerprint of the analysis code itself, added to the cache key beside ANALYSIS_VERSION.
// The version is bumped by hand when rules change; the fingerprint makes sure that a rule
// edited and rebuilt without a bump (every developer's loop, a patched install) never meets
// analyses cached by the old code. It hashes the contents (not the times) of the files of the
// analysis and its word lists, so rebuilding unchanged code keeps the cache. ~100 small files:
// about 10 ms, once a run that opens the cache (--no-cache never pays it).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folders, beside src/cache/ (or dist/cache/), whose code decides what the analysis returns. */
const CODE_DIRS = ['analysis', 'lexicon'];
const CODE_FILE = /\.(?:js|ts)$/;

const memo = new Map<string, string>();

/** `root` holds the code folders: by default the folder above this file (src/ or dist/). */
export function codeFingerprint(root: string = fileURLToPath(new URL('..', import.meta.url))): string {
  const known = memo.get(root);
  if (known !== undefined) return known;
  const hash = createHash('sha256');
  for (const dir of CODE_DIRS) {
    for (const file of codeFiles(join(root, dir))) {
      hash.update(file.slice(root.length)).update('\0').update(readFileSync(file)).update('\0');
    }
  }
  const fingerprint = hash.digest('hex').slice(0, 16);
  memo.set(root, fingerprint);
  return fingerprint;
}

function codeFiles(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true, recursive: true });
  } catch {
    return []; // a layout without this folder: nothing of it to fingerprint
  }
  return entries
    .filter((e) => e.isFile() && CODE_FILE.test(e.name) && !e.name.endsWith('.d.ts'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}
