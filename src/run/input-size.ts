// The total size of a run's inputs, for the progress line's "time left". Computed beside the run
// (it walks the folders a second time, which costs only directory reads) and unknown when any
// input is stdin. For JSONL files it counts the JSON around the texts too, so the estimate runs
// a little long; the progress line never claims more than 99% before the end.
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { walk } from '../corpus/walk.js';

export async function inputSize(paths: string[], cwd: string): Promise<number | undefined> {
  if (paths.includes('-')) return undefined;
  let total = 0;
  for (const path of paths) {
    const abs = resolve(cwd, path);
    try {
      const s = await stat(abs);
      if (s.isFile()) total += s.size;
      else if (s.isDirectory()) {
        for await (const item of walk(path, abs)) {
          if (item.type === 'file') total += (await stat(resolve(cwd, item.path))).size;
        }
      }
    } catch {
      // Unreadable inputs are the corpus reader's to report; they add nothing to read.
    }
  }
  return total;
}
