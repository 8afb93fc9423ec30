// One file: a .jsonl file streams line by line (it may hold 100,000 articles); any other file
// is one document, read whole. Its id is its path relative to the working folder.
import { createReadStream, readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { decodeFile, looksBinary } from './decode.js';
import { renamedWarning, replacedWarning, skip, type CorpusEvent } from './events.js';
import type { UniqueIds } from './ids.js';
import { readJsonl } from './jsonl.js';
import { openLines } from './lines.js';
import { reasonOf } from './reasons.js';

/** `id` names the file in records and messages; `abs` is where to read it. */
export async function* readFile(id: string, abs: string, ids: UniqueIds): AsyncGenerator<CorpusEvent> {
  try {
    if (extname(abs).toLowerCase() === '.jsonl') yield* readJsonlFile(id, abs, ids);
    else yield* readTextFile(id, abs, ids);
  } catch (err) {
    // Unreadable, or a read error part-way through a JSONL file: what came before still counts.
    yield skip(id, reasonOf(err));
  }
}

async function* readJsonlFile(id: string, abs: string, ids: UniqueIds): AsyncGenerator<CorpusEvent> {
  const { binary, lines } = await openLines(createReadStream(abs, { highWaterMark: 64 * 1024 }));
  if (binary) {
    await lines.return(undefined);
    yield skip(id, 'binary file');
    return;
  }
  yield* readJsonl(lines, id, ids);
}

async function* readTextFile(id: string, abs: string, ids: UniqueIds): AsyncGenerator<CorpusEvent> {
  // Synchronous on purpose: an article is small, and the promise API's separate open, fstat,
  // read and close steps cost more than the read itself over a folder of thousands of files.
  const { text, replaced } = decodeFile(readFileSync(abs));
  if (looksBinary(text)) {
    yield skip(id, 'binary file');
    return;
  }
  if (replaced) yield replacedWarning(id);
  const claimed = ids.claim(id);
  if (claimed.renamed) yield renamedWarning(id, id, claimed.id);
  yield { type: 'doc', doc: { id: claimed.id, text } };
}
