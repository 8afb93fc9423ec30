// `-`: standard input. A stream of JSON Lines objects with a string `text` is read as a JSONL
// corpus (so `attrib extract --jsonl -` is a JSONL-in, JSONL-out map that a pipeline or
// Hadoop Streaming can run); anything else is one plain-text document with the id `-`.
import { renamedWarning, replacedWarning, skip, warn, type CorpusEvent } from './events.js';
import type { UniqueIds } from './ids.js';
import { readJsonl, parseRecord } from './jsonl.js';
import { openLines, type Line } from './lines.js';

const INPUT = '-';

export async function* readStdin(stdin: NodeJS.ReadableStream, ids: UniqueIds): AsyncGenerator<CorpusEvent> {
  const { binary, lines } = await openLines(stdin as AsyncIterable<Uint8Array | string>);
  if (binary) {
    await lines.return(undefined);
    yield skip(INPUT, 'binary file');
    return;
  }
  // The first line with content decides how the whole stream is read; when it is a broken
  // object (`{` but no record), the next one decides, so a JSON Lines chunk whose first record
  // is damaged (`parallel --pipe` hands each mapper its own first line) is still read as JSON
  // Lines, its bad line named, rather than as one plain-text document of raw JSON.
  const seen: Line[] = [];
  const content: Line[] = [];
  // (next() by hand: breaking out of a for-await loop would close the stream.)
  for (let r = await lines.next(); !r.done; r = await lines.next()) {
    seen.push(r.value);
    if (r.value.text.trim() === '') continue;
    content.push(r.value);
    if (content.length === 2 || !content[0]!.text.trimStart().startsWith('{') || parseRecord(content[0]!.text).ok) break;
  }
  // Nothing but blank lines: no document at all, as for a JSON Lines file of blank lines. An
  // empty split given to a mapper then writes no stray "-" document, and `cat gone.txt |
  // attrib quotes -` says the input was empty rather than "no quotes found in 1 document".
  if (content.length === 0) {
    yield warn(`${INPUT}: standard input is empty (no document)`);
    return;
  }
  if (content.some((line) => parseRecord(line.text).ok)) {
    yield* readJsonl(replay(seen, lines), INPUT, ids);
    return;
  }
  let replaced = false;
  const parts: string[] = [];
  for await (const line of replay(seen, lines)) {
    parts.push(line.text);
    replaced ||= line.replaced;
  }
  if (replaced) yield replacedWarning(INPUT);
  const { id, renamed } = ids.claim(INPUT);
  if (renamed) yield renamedWarning(INPUT, INPUT, id);
  yield { type: 'doc', doc: { id, text: parts.join('') } };
}

// The lines already looked at, then the rest of the stream.
async function* replay(seen: Line[], rest: AsyncIterator<Line>): AsyncGenerator<Line> {
  yield* seen;
  for (let r = await rest.next(); !r.done; r = await rest.next()) yield r.value;
}
