// Makes the cache folder and any missing parents, one level at a time, failing at the first
// level that cannot be made. Node's mkdirSync(dir, { recursive: true }) loops forever where the
// system answers "no such file" for a new child of a folder that exists (/proc and other
// pseudo file systems do), so ATTRIB_CACHE_DIR=/proc/x hung the run instead of warning.
import { mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export interface DirOps {
  /** 'dir', 'other' (a file or the like), or 'missing'. */
  kind(path: string): 'dir' | 'other' | 'missing';
  /** Makes one folder whose parent exists; throws as fs.mkdirSync does. */
  mkdir(path: string): void;
}

const nodeOps: DirOps = {
  kind(path) {
    try {
      return statSync(path).isDirectory() ? 'dir' : 'other';
    } catch {
      return 'missing';
    }
  },
  mkdir(path) {
    mkdirSync(path);
  },
};

/** Makes `dir` and its missing parents; throws an Error naming the level that failed. */
export function makeDir(dir: string, ops: DirOps = nodeOps): void {
  const missing: string[] = [];
  let at = resolve(dir);
  let kind = ops.kind(at);
  // Walk up to the nearest level that exists (the root always does).
  while (kind === 'missing' && dirname(at) !== at) {
    missing.push(at);
    at = dirname(at);
    kind = ops.kind(at);
  }
  if (kind === 'other') throw Object.assign(new Error(`${at} is not a folder`), { code: 'ENOTDIR', path: at });
  for (const level of missing.reverse()) {
    try {
      ops.mkdir(level);
    } catch (e) {
      // Another attrib process may have made it since the walk: that is success.
      if ((e as NodeJS.ErrnoException).code === 'EEXIST' && ops.kind(level) === 'dir') continue;
      throw e;
    }
  }
}
