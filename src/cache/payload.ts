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
// down in the analysis's record lists. Rewriting just those (rather than a JSON reviver over
// every value) keeps a cached read at the speed of JSON.parse itself.
function withId(records: Record<string, unknown>, from: string, to: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, list] of Object.entries(records)) {
    out[key] = Array.isArray(list) ? list.map((r: unknown) => rewrite(r, from, to)) : list;
  }
  return out;
}

function rewrite(record: unknown, from: string, to: string): unknown {
  if (record === null || typeof record !== 'object') return record;
  const r = record as { doc?: unknown; docs?: unknown };
  const docMatches = r.doc === from;
  const docs = Array.isArray(r.docs) && r.docs.includes(from) ? r.docs.map((d) => (d === from ? to : d)) : undefined;
  if (!docMatches && !docs) return record;
  return { ...record, ...(docMatches ? { doc: to } : {}), ...(docs ? { docs } : {}) };
}

export function toPayload(analysis: Analysis): string {
  const { doc, ...records } = analysis;
  return JSON.stringify(withId(records, doc.id, DOC));
}

export function fromPayload(json: string, doc: Document): Analysis {
  const records = JSON.parse(json) as Record<string, unknown>;
  // Fresh from JSON.parse, nobody else holds these objects: set the id in place rather than
  // copying every record (the copies were most of a cached run's time).
  for (const list of Object.values(records)) {
    if (!Array.isArray(list)) continue;
    for (const r of list as { doc?: unknown; docs?: unknown }[]) {
      if (r === null || typeof r !== 'object') continue;
      if (r.doc === DOC) r.doc = doc.id;
      if (Array.isArray(r.docs)) r.docs = r.docs.map((d: unknown) => (d === DOC ? doc.id : d));
    }
  }
  return { ...(records as Omit<Analysis, 'doc'>), doc };
}
