// JSON Lines: one {"id", "text", ...} object a line; other fields are kept as metadata.
// A line that cannot be a document is named as `file:line` with the reason and skipped; the
// rest of the file still counts.
import type { Document } from '../types.js';
import { renamedWarning, replacedWarning, skip, type CorpusEvent } from './events.js';
import type { UniqueIds } from './ids.js';
import type { Line } from './lines.js';

type Parsed = { ok: true; record: Record<string, unknown> } | { ok: false; reason: string };

/** Parses one line (terminator and surrounding blanks allowed) into a JSON object, of any fields. */
export function parseObject(line: string): Parsed {
  let value: unknown;
  try {
    // A byte order mark opening a line is where two files were joined (`cat a.jsonl b.jsonl`,
    // each written with one, as Windows tools do): it marks the encoding, it is not the record's.
    value = JSON.parse(line.charCodeAt(0) === 0xfeff ? line.slice(1) : line);
  } catch {
    return { ok: false, reason: 'invalid JSON' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, reason: 'not a JSON object' };
  return { ok: true, record: value as Record<string, unknown> };
}

/** Parses one line (terminator and surrounding blanks allowed) into a record with a string `text`. */
export function parseRecord(line: string): Parsed {
  const parsed = parseObject(line);
  if (!parsed.ok) return parsed;
  const { record } = parsed;
  if (!('text' in record)) return { ok: false, reason: 'no "text" field' };
  if (typeof record.text !== 'string') return { ok: false, reason: '"text" is not a string' };
  return { ok: true, record };
}

/** Why a file whose first line looks like this is JSON but not JSON Lines, or '' when it may be. */
function notJsonLines(firstLine: string): string {
  const t = firstLine.trim();
  if (t.startsWith('[')) return 'a JSON array, not JSON Lines (one object a line; jq -c ".[]" converts it)';
  if (t === '{') return 'pretty-printed JSON, not JSON Lines (one object a line; jq -c . converts it)';
  return '';
}

/** A record's own id when it has a usable one (a non-empty string or a finite number). */
function ownId(record: Record<string, unknown>): string | null {
  const { id } = record;
  if (typeof id === 'string' && id !== '') return id;
  if (typeof id === 'number' && Number.isFinite(id)) return String(id);
  return null;
}

export function toDocument(record: Record<string, unknown>, id: string): Document {
  const { id: _id, text, ...meta } = record;
  const doc: Document = { id, text: text as string };
  if (Object.keys(meta).length) doc.meta = meta;
  return doc;
}

/** The documents of a JSONL stream; `input` names it in messages ("data.jsonl", or "-"). */
export async function* readJsonl(lines: AsyncIterable<Line>, input: string, ids: UniqueIds): AsyncGenerator<CorpusEvent> {
  let warnedReplaced = false;
  let first = true;
  for await (const line of lines) {
    const where = `${input}:${line.number}`;
    if (line.text.trim() === '') continue;
    if (line.replaced && !warnedReplaced) {
      warnedReplaced = true; // once a file: a wrongly encoded dump would repeat it on every line
      yield replacedWarning(where);
    }
    const parsed = parseRecord(line.text);
    // A JSON array or pretty-printed JSON would fail on every line: say so once, for the file.
    const notLines = first && !parsed.ok && notJsonLines(line.text);
    first = false;
    if (notLines) {
      yield skip(input, notLines);
      return;
    }
    if (!parsed.ok) {
      yield skip(where, parsed.reason);
      continue;
    }
    const wanted = ownId(parsed.record) ?? where;
    const { id, renamed } = ids.claim(wanted);
    if (renamed) yield renamedWarning(where, wanted, id);
    yield { type: 'doc', doc: toDocument(parsed.record, id) };
  }
}
