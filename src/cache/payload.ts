// What the cache stores for one document: its analysis without the document itself, keyed by
// the text alone. Equal texts can arrive under different ids (the same wire story in two
// dumps), so the id is replaced by a placeholder on the way in and re-applied on the way out.
import { createHash } from 'node:crypto';
import type { Analysis, Document } from '../types.js';

// A NUL can't occur in a document id read from a file name or a JSONL string we would accept
// as the same id, so the placeholder never collides with a real one.
const DOC = '\u0000doc';

/** sha256 of the text, hex: the content half of the cache key (the analysis version is the other). */
export function textKey(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

// The id sits in the `doc` field of each record and the `docs` list of each speaker, one level
// down in the analysis's record lists. It is replaced in place: on the way in the id is swapped
// for the placeholder, the JSON written, and the id put back (copying every record to change one
// field cost more than JSON.stringify itself, and a worker does this for every document it
// answers); on the way out the objects are fresh from JSON.parse, so nobody else holds them.
type Swapped = { record: { doc?: unknown } } | { list: unknown[]; at: number };

/** Puts `to` wherever `from` is a record's `doc` or in its `docs`; `undo`, when given, collects each place. */
function replaceIds(records: Record<string, unknown>, from: string, to: string, undo?: Swapped[]): void {
  for (const list of Object.values(records)) {
    if (!Array.isArray(list)) continue;
    for (const r of list as unknown[]) {
      if (r === null || typeof r !== 'object') continue;
      const record = r as { doc?: unknown; docs?: unknown };
      if (record.doc === from) {
        record.doc = to;
        undo?.push({ record });
      }
      if (!Array.isArray(record.docs)) continue;
      for (let at = 0; at < record.docs.length; at++) {
        if (record.docs[at] !== from) continue;
        record.docs[at] = to;
        undo?.push({ list: record.docs, at });
      }
    }
  }
}

export function toPayload(analysis: Analysis): string {
  const { doc, ...records } = analysis;
  const swapped: Swapped[] = [];
  replaceIds(records, doc.id, DOC, swapped);
  try {
    return JSON.stringify(records);
  } finally {
    for (const s of swapped) {
      if ('record' in s) s.record.doc = doc.id;
      else s.list[s.at] = doc.id;
    }
  }
}

export function fromPayload(json: string, doc: Document): Analysis {
  const records = JSON.parse(json) as Record<string, unknown>;
  replaceIds(records, DOC, doc.id);
  return { ...(records as Omit<Analysis, 'doc'>), doc };
}
