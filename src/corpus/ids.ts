// Document ids: what the user sees in every record's `doc` field, so they must be stable across
// machines (forward slashes, relative to where the command runs) and unique within a run.
import { isAbsolute, relative, resolve } from 'node:path';

const slashes = (p: string): string => p.replace(/\\/g, '/');

/**
 * A file's id: its path relative to `cwd` when it lies inside it ("seeds/a.txt"), else the
 * path as the user gave it (an absolute path stays absolute).
 */
export function fileId(path: string, cwd: string): string {
  const rel = relative(cwd, resolve(cwd, path));
  if (rel !== '' && !rel.startsWith('..') && !isAbsolute(rel)) return slashes(rel);
  return slashes(path);
}

/** Hands out unique ids: the second "a" becomes "a#2", the third "a#3". */
export class UniqueIds {
  private readonly seen = new Set<string>();
  // The next suffix to try for each base id, so a thousand copies of one id stay linear.
  private readonly next = new Map<string, number>();

  /** The id to use, and whether it had to be renamed (the caller warns). */
  claim(id: string): { id: string; renamed: boolean } {
    if (!this.seen.has(id)) {
      this.seen.add(id);
      return { id, renamed: false };
    }
    let n = this.next.get(id) ?? 2;
    while (this.seen.has(`${id}#${n}`)) n++;
    const unique = `${id}#${n}`;
    this.seen.add(unique);
    this.next.set(id, n + 1);
    return { id: unique, renamed: true };
  }
}
